"""Demo content of Dinas Tenaga Kerja dan Transmigrasi."""

from .records import Agency, Event, Exempt, News, Notice, Person, Service

LABOUR_LAW = "Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan beserta perubahannya"

AGENCY = Agency(
    slug="disnaker",
    colours=("#455a64", "#ff5722"),
    street="Jl. Kapten Pattimura No. 12, Kenali Besar, Kota Jambi 36129",
    phone="(0741) 7554402",
    tagline="Kerja layak, hubungan industrial yang harmonis",
    focus="membuka kesempatan kerja yang layak, meningkatkan keterampilan angkatan kerja, dan menjaga hubungan "
    "industrial yang adil bagi pekerja maupun pengusaha",
    head=Person(
        "Ahmad Fauzan Siregar, S.H., M.H.",
        ("S1 Ilmu Hukum, Universitas Sumatera Utara (1996)", "S2 Ilmu Hukum, Universitas Jambi (2008)"),
    ),
    secretary=Person(
        "Sri Wahyuni, S.E., M.M.",
        ("S1 Manajemen, Universitas Jambi (2000)", "S2 Manajemen, Universitas Batanghari (2010)"),
    ),
    visi="Terwujudnya tenaga kerja Jambi yang kompeten, produktif, dan sejahtera.",
    misi=(
        "Meningkatkan kompetensi angkatan kerja melalui pelatihan berbasis kebutuhan industri.",
        "Memperluas kesempatan kerja dan pelayanan penempatan.",
        "Mewujudkan hubungan industrial yang harmonis dan pelindungan tenaga kerja.",
        "Mengembangkan kawasan transmigrasi sebagai pusat pertumbuhan ekonomi baru.",
    ),
    tugas="melaksanakan urusan pemerintahan bidang tenaga kerja dan bidang transmigrasi yang menjadi kewenangan "
    "daerah provinsi",
    fungsi=(
        "perumusan kebijakan teknis pelatihan, penempatan tenaga kerja, hubungan industrial, dan transmigrasi",
        "penyelenggaraan pelatihan kerja di balai latihan kerja milik provinsi",
        "pelayanan antarkerja dan pelindungan pekerja migran Indonesia",
        "pengawasan ketenagakerjaan serta keselamatan dan kesehatan kerja",
        "pelaksanaan administrasi dinas",
    ),
    units=(
        "Bidang Pelatihan dan Produktivitas",
        "Bidang Penempatan Tenaga Kerja dan Transmigrasi",
        "Bidang Hubungan Industrial dan Jaminan Sosial",
        "Bidang Pengawasan Ketenagakerjaan",
    ),
    news=(
        News(
            "Bursa Kerja Jambi Tawarkan 1.500 Lowongan dari 40 Perusahaan",
            "ekonomi",
            ("bursa kerja", "lowongan"),
            "Pencari kerja dapat langsung melamar dan mengikuti wawancara di tempat pada bursa kerja yang digelar "
            "Disnakertrans.",
            "Lowongan terbanyak berasal dari sektor perkebunan, pengolahan, ritel, dan jasa keuangan. Pencari kerja "
            "disarankan membawa daftar riwayat hidup dan salinan ijazah, atau mendaftar lebih dulu di SIAPkerja.",
            "Pencari kerja antre di stan perusahaan pada bursa kerja",
        ),
        News(
            "Balai Latihan Kerja Buka Pelatihan Gratis Las dan Otomotif",
            "pelayanan-publik",
            ("pelatihan kerja", "BLK"),
            "Sebanyak 160 kursi pelatihan gratis dibuka untuk kejuruan las, otomotif, listrik, dan tata boga.",
            "Peserta berusia 18–35 tahun dan tidak sedang bersekolah. Selama pelatihan peserta mendapat uang "
            "transport, makan siang, dan uji kompetensi bersertifikat.",
            "Peserta pelatihan las berlatih di bengkel balai latihan kerja",
        ),
        News(
            "Pengawas Ketenagakerjaan Periksa Kepatuhan Upah Minimum",
            "pemerintahan",
            ("upah minimum", "pengawasan"),
            "Pengawas ketenagakerjaan memeriksa penerapan upah minimum provinsi dan kepesertaan BPJS di 35 perusahaan.",
            "Perusahaan yang belum patuh diberi nota pemeriksaan dan tenggat perbaikan. Pekerja dapat melaporkan "
            "pelanggaran melalui layanan pengaduan Disnakertrans tanpa khawatir identitasnya dibuka.",
            "Pengawas ketenagakerjaan memeriksa dokumen di kantor perusahaan",
        ),
        News(
            "Warga Transmigrasi Rantau Rasau Panen Perdana Padi Sawah",
            "pembangunan",
            ("transmigrasi", "pertanian"),
            "Warga kawasan transmigrasi di Kabupaten Tanjung Jabung Timur memanen padi sawah pertama setelah "
            "perbaikan saluran irigasi.",
            "Perbaikan saluran dan pintu air dilaksanakan bersama pemerintah kabupaten. Hasil panen diharapkan "
            "menambah pendapatan warga dan memperkuat ketahanan pangan daerah.",
            "Warga transmigrasi memanen padi di sawah",
        ),
    ),
    notices=(
        Notice(
            "Pendaftaran Pelatihan Berbasis Kompetensi Gelombang II",
            "Pendaftaran dibuka untuk kejuruan las, otomotif, listrik, dan tata boga di UPTD Balai Latihan Kerja. "
            "Persyaratan dan jadwal seleksi terlampir.",
            14,
        ),
        Notice(
            "Kewajiban Wajib Lapor Ketenagakerjaan di Perusahaan",
            "Perusahaan wajib memperbarui laporan ketenagakerjaan secara daring melalui WLKP. Perusahaan yang belum "
            "melapor menjadi prioritas pemeriksaan pengawas ketenagakerjaan.",
            30,
        ),
    ),
    events=(
        Event(
            "Bursa Kerja Provinsi Jambi",
            "Atrium WTC Batanghari, Kota Jambi",
            "Bursa kerja terbuka dengan wawancara di tempat dari perusahaan perkebunan, pengolahan, ritel, dan jasa.",
            9,
            hours=7,
        ),
        Event(
            "Sosialisasi Pelindungan Pekerja Migran Indonesia",
            "Aula Kantor Camat Kumpeh, Muaro Jambi",
            "Sosialisasi prosedur bekerja ke luar negeri secara aman dan resmi bagi calon pekerja migran dan "
            "keluarganya.",
            17,
        ),
        Event(
            "Pelatihan Keselamatan dan Kesehatan Kerja bagi Perusahaan Perkebunan",
            "Aula Disnakertrans Provinsi Jambi",
            "Pelatihan ahli K3 umum bagi perwakilan perusahaan perkebunan dan pengolahan kelapa sawit.",
            -10,
            hour=8,
            hours=7,
        ),
    ),
    services=(
        Service(
            title="Pelatihan Kerja Berbasis Kompetensi di Balai Latihan Kerja",
            summary="Pelatihan keterampilan gratis bagi pencari kerja, dilanjutkan uji kompetensi dan sertifikasi.",
            legal_basis=(
                LABOUR_LAW,
                "Peraturan Pemerintah Nomor 31 Tahun 2006 tentang Sistem Pelatihan Kerja Nasional",
                "Peraturan Presiden Nomor 68 Tahun 2022 tentang Revitalisasi Pendidikan Vokasi dan Pelatihan Vokasi",
            ),
            requirements=(
                "Berusia 18 sampai 35 tahun dan tidak sedang bersekolah",
                "Salinan KTP dan ijazah terakhir",
                "Pas foto berwarna",
                "Terdaftar di SIAPkerja atau mendaftar di loket balai latihan kerja",
            ),
            procedure=(
                "Calon peserta mendaftar daring atau di loket.",
                "Calon peserta mengikuti seleksi administrasi, tes tertulis, dan wawancara.",
                "Peserta yang lulus seleksi mengikuti pelatihan sesuai jadwal.",
                "Peserta mengikuti uji kompetensi.",
                "Peserta yang kompeten menerima sertifikat.",
            ),
            completion_time="Sesuai program pelatihan, 20 sampai 40 hari pelatihan",
            cost="Gratis",
            product="Sertifikat pelatihan dan sertifikat kompetensi",
            facilities="Bengkel praktik, ruang teori, alat pelindung diri, asrama",
        ),
        Service(
            title="Pendaftaran Perjanjian Kerja Bersama",
            summary="Pendaftaran perjanjian kerja bersama antara pengusaha dan serikat pekerja bagi perusahaan yang "
            "wilayah kerjanya lebih dari satu kabupaten/kota.",
            legal_basis=(
                LABOUR_LAW,
                "Peraturan Pemerintah Nomor 35 Tahun 2021 tentang Perjanjian Kerja Waktu Tertentu, Alih Daya, Waktu "
                "Kerja dan Waktu Istirahat, dan Pemutusan Hubungan Kerja",
                "Peraturan Menteri Ketenagakerjaan tentang Tata Cara Pembuatan dan Pengesahan Peraturan Perusahaan "
                "serta Pembuatan dan Pendaftaran Perjanjian Kerja Bersama",
            ),
            requirements=(
                "Surat permohonan pendaftaran dari pengusaha",
                "Naskah perjanjian kerja bersama yang ditandatangani pengusaha dan serikat pekerja",
                "Bukti keanggotaan serikat pekerja/serikat buruh",
                "Salinan NIB perusahaan",
            ),
            procedure=(
                "Pemohon mengajukan permohonan beserta naskah perjanjian kerja bersama.",
                "Mediator hubungan industrial meneliti isinya terhadap peraturan perundang-undangan.",
                "Bila ada ketidaksesuaian, pemohon diminta memperbaiki naskah.",
                "Kepala Dinas menerbitkan surat keputusan pendaftaran.",
            ),
            completion_time="6 (enam) hari kerja sejak berkas lengkap",
            cost="Gratis",
            product="Surat Keputusan pendaftaran Perjanjian Kerja Bersama",
            facilities="Meja layanan, ruang konsultasi hubungan industrial",
        ),
    ),
    immediate=(
        "Informasi Kecelakaan Kerja Berat dan Keadaan Darurat di Tempat Kerja",
        "Pemberitahuan segera tentang kecelakaan kerja berat atau keadaan darurat di perusahaan yang membahayakan "
        "pekerja dan masyarakat sekitar.",
    ),
    exempt=Exempt(
        "Data Pribadi Pencari Kerja dan Calon Pekerja Migran",
        "Identitas, alamat, riwayat kerja, dan data keluarga pencari kerja serta calon pekerja migran yang terdaftar.",
        "Pasal 17 huruf h Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik jo. Undang-Undang "
        "Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.",
        "membuka peluang penyalahgunaan data untuk penipuan lowongan kerja dan perdagangan orang",
    ),
)
