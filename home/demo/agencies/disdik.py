"""Demo content of Dinas Pendidikan."""

from .records import Agency, Event, Exempt, News, Notice, Person, Service

LEGALISIR_RULE = (
    "Peraturan Menteri Pendidikan dan Kebudayaan tentang Pengesahan Fotokopi Ijazah dan Penerbitan Surat Keterangan "
    "Pengganti Ijazah"
)

AGENCY = Agency(
    slug="disdik",
    colours=("#00695c", "#ffca28"),
    street="Jl. Arif Rahman Hakim No. 25, Telanaipura, Kota Jambi 36124",
    phone="(0741) 7552301",
    tagline="Sekolah bermutu untuk semua anak Jambi",
    focus="memperluas akses dan meningkatkan mutu pendidikan menengah dan pendidikan khusus, agar setiap anak Jambi "
    "dapat bersekolah di SMA, SMK, atau SLB yang layak",
    head=Person(
        "Dr. H. Zulkifli Ahmad, M.Pd.",
        (
            "S1 Pendidikan Matematika, Universitas Jambi (1994)",
            "S2 Manajemen Pendidikan, Universitas Negeri Padang (2003)",
            "S3 Manajemen Pendidikan, Universitas Negeri Jakarta (2014)",
        ),
    ),
    secretary=Person(
        "Hj. Rosmiati, S.Pd., M.Pd.",
        (
            "S1 Pendidikan Bahasa Indonesia, Universitas Jambi (1998)",
            "S2 Teknologi Pendidikan, Universitas Jambi (2009)",
        ),
    ),
    visi="Terwujudnya pendidikan menengah dan pendidikan khusus yang merata, bermutu, dan berkarakter di Provinsi "
    "Jambi.",
    misi=(
        "Memperluas akses SMA, SMK, dan SLB hingga ke daerah terpencil.",
        "Meningkatkan mutu guru dan tenaga kependidikan.",
        "Menyelaraskan pendidikan vokasi dengan kebutuhan dunia usaha dan dunia industri.",
        "Menanamkan pendidikan karakter dan budaya Melayu Jambi.",
    ),
    tugas="melaksanakan urusan pemerintahan bidang pendidikan yang menjadi kewenangan daerah provinsi, yaitu "
    "pendidikan menengah dan pendidikan khusus",
    fungsi=(
        "perumusan kebijakan teknis pengelolaan SMA, SMK, dan pendidikan khusus",
        "pemenuhan sarana dan prasarana satuan pendidikan",
        "pembinaan dan pengembangan karier guru serta tenaga kependidikan",
        "penyelenggaraan penerimaan murid baru jenjang pendidikan menengah",
        "pelaksanaan administrasi dinas",
    ),
    units=(
        "Bidang Pembinaan SMA",
        "Bidang Pembinaan SMK",
        "Bidang Pembinaan Pendidikan Khusus",
        "Bidang Guru dan Tenaga Kependidikan",
    ),
    news=(
        News(
            "Sebanyak 48 Ruang Kelas Baru SMA dan SMK Rampung Dibangun",
            "pembangunan",
            ("sarana sekolah", "ruang kelas"),
            "Pembangunan ruang kelas baru di 16 SMA dan SMK pada tujuh kabupaten selesai dan siap dipakai semester "
            "depan.",
            "Ruang kelas baru dibangun di sekolah yang selama ini menerapkan dua sif belajar. Dengan tambahan ruang, "
            "seluruh siswa dapat belajar pada pagi hari.",
            "Gedung ruang kelas baru SMA yang telah selesai dibangun",
        ),
        News(
            "Disdik Salurkan Beasiswa bagi Siswa Berprestasi dan Kurang Mampu",
            "pendidikan",
            ("beasiswa", "siswa"),
            "Sebanyak 3.500 siswa SMA, SMK, dan SLB dari keluarga kurang mampu menerima beasiswa dari Pemerintah "
            "Provinsi Jambi.",
            "Penerima ditetapkan berdasarkan data kesejahteraan sosial dan usulan sekolah. Dana disalurkan langsung ke "
            "rekening siswa untuk keperluan sekolah.",
            "Siswa penerima beasiswa menerima buku tabungan",
        ),
        News(
            "Siswa SMK Magang di Industri Pengolahan Kelapa Sawit",
            "pendidikan",
            ("SMK", "vokasi"),
            "Sebanyak 200 siswa SMK jurusan teknik dan agribisnis mengikuti praktik kerja lapangan di pabrik kelapa "
            "sawit mitra.",
            "Program ini hasil kerja sama Dinas Pendidikan dengan asosiasi industri. Kurikulum praktik disusun bersama "
            "sehingga siswa mempelajari keselamatan kerja dan perawatan mesin sesuai standar industri.",
            "Siswa SMK belajar merawat mesin di bengkel industri",
        ),
        News(
            "Guru SLB Dilatih Membuat Media Belajar Adaptif",
            "kegiatan",
            ("pendidikan khusus", "guru"),
            "Sebanyak 90 guru sekolah luar biasa mengikuti pelatihan pembuatan media belajar adaptif bagi murid "
            "berkebutuhan khusus.",
            "Guru berlatih membuat bahan ajar taktil dan audio bagi siswa tunanetra serta video berbahasa isyarat bagi "
            "siswa tunarungu.",
            "Guru SLB membuat media belajar taktil",
        ),
    ),
    notices=(
        Notice(
            "Legalisir Ijazah SMA/SMK/SLB Kini Dapat Diajukan Daring",
            "Alumni dapat mengajukan legalisir ijazah melalui laman layanan Dinas Pendidikan. Fotokopi yang telah "
            "dilegalisir diambil di meja layanan atau dikirim melalui pos. Panduan pengajuan terlampir.",
            25,
        ),
        Notice(
            "Pendaftaran Lomba Kompetensi Siswa SMK Tingkat Provinsi",
            "SMK negeri dan swasta diundang mendaftarkan siswa terbaiknya pada Lomba Kompetensi Siswa tingkat "
            "provinsi.",
            15,
        ),
    ),
    events=(
        Event(
            "Lomba Kompetensi Siswa SMK Tingkat Provinsi Jambi",
            "SMK Negeri 2 Kota Jambi",
            "Siswa SMK berlomba dalam 20 bidang keahlian untuk memperebutkan tiket ke tingkat nasional.",
            20,
            hour=8,
            hours=8,
        ),
        Event(
            "Rapat Koordinasi Kepala SMA, SMK, dan SLB",
            "Aula Dinas Pendidikan Provinsi Jambi",
            "Koordinasi persiapan asesmen akhir semester dan penyaluran dana BOS.",
            6,
        ),
        Event(
            "Festival Literasi Pelajar Provinsi Jambi",
            "Taman Budaya Jambi",
            "Festival membaca, menulis cerita pendek, dan mendongeng bagi pelajar SMA, SMK, dan SLB.",
            -8,
            hour=8,
            hours=6,
        ),
    ),
    services=(
        Service(
            title="Legalisir Ijazah SMA/SMK/SLB",
            summary="Pengesahan fotokopi ijazah atau surat keterangan pengganti ijazah jenjang SMA, SMK, dan SLB.",
            legal_basis=(
                "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional",
                LEGALISIR_RULE,
                "Peraturan Gubernur Jambi tentang Standar Pelayanan Dinas Pendidikan",
            ),
            requirements=(
                "Ijazah asli untuk diperlihatkan",
                "Fotokopi ijazah paling banyak 10 lembar",
                "Salinan KTP pemohon",
                "Surat kuasa bila diwakilkan",
            ),
            procedure=(
                "Pemohon mengambil nomor antrean atau mendaftar daring.",
                "Petugas mencocokkan fotokopi dengan ijazah asli.",
                "Pejabat berwenang menandatangani dan membubuhkan cap.",
                "Pemohon menerima fotokopi yang telah dilegalisir.",
            ),
            completion_time="1 (satu) hari kerja; permohonan daring 3 (tiga) hari kerja termasuk pengiriman",
            cost="Gratis",
            product="Fotokopi ijazah yang telah dilegalisir",
            facilities="Ruang layanan terpadu, nomor antrean, kursi roda, dan ruang tunggu",
        ),
        Service(
            title="Penerbitan Surat Keterangan Pengganti Ijazah",
            summary="Penerbitan surat keterangan pengganti ijazah SMA, SMK, dan SLB yang hilang atau rusak.",
            legal_basis=("Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional", LEGALISIR_RULE),
            requirements=(
                "Surat keterangan kehilangan dari kepolisian",
                "Surat keterangan dari sekolah asal yang memuat data kelulusan",
                "Salinan KTP dan pas foto terbaru",
                "Surat pernyataan dua orang saksi teman seangkatan",
            ),
            procedure=(
                "Pemohon mengajukan berkas melalui sekolah asal atau langsung ke Dinas Pendidikan.",
                "Petugas memverifikasi data kelulusan pada arsip dinas dan sekolah asal.",
                "Kepala Dinas menandatangani surat keterangan.",
                "Pemohon menerima surat keterangan pengganti ijazah.",
            ),
            completion_time="7 (tujuh) hari kerja sejak berkas lengkap",
            cost="Gratis",
            product="Surat Keterangan Pengganti Ijazah yang berpenghargaan sama dengan ijazah",
            facilities="Ruang layanan terpadu, arsip data kelulusan, ruang tunggu",
        ),
    ),
    immediate=(
        "Informasi Peliburan Sekolah karena Banjir atau Kabut Asap",
        "Pemberitahuan segera tentang peliburan atau pembelajaran jarak jauh di SMA, SMK, dan SLB ketika terjadi "
        "banjir, kabut asap, atau keadaan darurat lain.",
    ),
    exempt=Exempt(
        "Catatan Pribadi dan Data Kesehatan Peserta Didik",
        "Rapor, catatan konseling, data disabilitas, dan data keluarga peserta didik secara perseorangan.",
        "Pasal 17 huruf h angka 5 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik jo. "
        "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.",
        "mengungkap rahasia pribadi anak dan keluarganya sehingga berpotensi menimbulkan perundungan dan diskriminasi",
    ),
)
