"""Demo content of Badan Kepegawaian Daerah."""

from .records import Agency, Event, Exempt, News, Notice, Person, Service

AGENCY = Agency(
    slug="bkd",
    colours=("#b71c1c", "#ffd54f"),
    street="Jl. H. Agus Salim No. 8, Kota Baru, Kota Jambi 36128",
    phone="(0741) 7551512",
    tagline="ASN profesional, layanan tanpa pungutan",
    focus="membangun manajemen ASN berbasis sistem merit, dengan layanan kepegawaian yang cepat, transparan, dan "
    "bebas pungutan",
    head=Person(
        "Drs. Syamsul Bahri, M.Si.",
        (
            "D3 Ilmu Pemerintahan, Sekolah Tinggi Pemerintahan Dalam Negeri (1993)",
            "S1 Ilmu Pemerintahan, Universitas Jambi (1997)",
            "S2 Ilmu Administrasi Negara, Universitas Padjadjaran (2004)",
        ),
    ),
    secretary=Person(
        "Rina Marlina, S.H., M.H.",
        ("S1 Ilmu Hukum, Universitas Jambi (2003)", "S2 Ilmu Hukum, Universitas Jambi (2012)"),
    ),
    visi="Terwujudnya aparatur sipil negara Provinsi Jambi yang profesional, berintegritas, dan melayani.",
    misi=(
        "Menerapkan sistem merit dalam pengadaan, pengembangan karier, dan promosi ASN.",
        "Memberikan layanan kepegawaian yang cepat, mudah, dan berbasis elektronik.",
        "Menegakkan disiplin dan kode etik ASN.",
        "Mengelola data kepegawaian yang mutakhir dan terpadu.",
    ),
    tugas="melaksanakan fungsi penunjang urusan pemerintahan bidang kepegawaian",
    fungsi=(
        "penyusunan kebijakan teknis manajemen ASN di lingkungan Pemerintah Provinsi Jambi",
        "pelaksanaan pengadaan, mutasi, kenaikan pangkat, dan pemberhentian ASN",
        "pengelolaan penilaian kinerja dan pengembangan karier ASN",
        "pembinaan disiplin ASN dan pengelolaan sistem informasi kepegawaian",
        "pelaksanaan administrasi badan",
    ),
    units=(
        "Bidang Pengadaan, Pemberhentian, dan Informasi Kepegawaian",
        "Bidang Mutasi dan Promosi",
        "Bidang Penilaian Kinerja Aparatur dan Penghargaan",
        "Bidang Pembinaan dan Kesejahteraan",
    ),
    news=(
        News(
            "SK Kenaikan Pangkat Kini Diserahkan dalam Bentuk Elektronik",
            "pelayanan-publik",
            ("kenaikan pangkat", "layanan digital"),
            "Sebanyak 612 ASN Pemerintah Provinsi Jambi menerima surat keputusan kenaikan pangkat dalam bentuk "
            "dokumen bertanda tangan elektronik.",
            "Dengan SK elektronik, ASN tidak perlu lagi datang ke kantor BKD untuk mengambil berkas. Dokumen dapat "
            "diunduh melalui aplikasi layanan kepegawaian dan keasliannya diperiksa melalui kode QR.",
            "Petugas BKD memeriksa SK kenaikan pangkat elektronik pada layar komputer",
        ),
        News(
            "BKD Buka Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama",
            "pemerintahan",
            ("seleksi terbuka", "sistem merit"),
            "Seleksi terbuka dibuka untuk mengisi empat jabatan kepala perangkat daerah yang lowong.",
            "Seluruh tahapan, mulai seleksi administrasi, uji kompetensi, hingga wawancara akhir, diumumkan secara "
            "terbuka. Panitia seleksi melibatkan unsur akademisi dan tokoh masyarakat untuk menjaga objektivitas.",
            "Peserta seleksi terbuka mengikuti uji kompetensi di ruang ujian",
        ),
        News(
            "Sosialisasi Disiplin dan Kode Etik ASN di Lingkungan Pemprov Jambi",
            "kegiatan",
            ("disiplin ASN", "kode etik"),
            "BKD mengingatkan kewajiban ASN menaati jam kerja, menjaga netralitas, dan menghindari konflik "
            "kepentingan.",
            "Sosialisasi menjelaskan ketentuan Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai "
            "Negeri Sipil, termasuk jenis hukuman disiplin dan tata cara pemeriksaannya.",
            "Aparatur mengikuti sosialisasi disiplin di aula",
        ),
        News(
            "Pemutakhiran Data Mandiri ASN Diperpanjang",
            "pelayanan-publik",
            ("data ASN", "SIASN"),
            "BKD memperpanjang masa pemutakhiran data mandiri ASN melalui SIASN hingga akhir bulan.",
            "ASN diminta memeriksa riwayat pendidikan, jabatan, dan keluarga, lalu mengunggah dokumen pendukung. Data "
            "yang mutakhir mempercepat layanan kenaikan pangkat dan pensiun.",
            "ASN memperbarui data kepegawaian melalui telepon genggam",
        ),
    ),
    notices=(
        Notice(
            "Batas Akhir Pengusulan Kenaikan Pangkat Periode Berikutnya",
            "Pengelola kepegawaian perangkat daerah diminta mengunggah berkas usul kenaikan pangkat melalui SIASN "
            "paling lambat tanggal berlakunya pengumuman ini. Daftar kelengkapan berkas terlampir.",
            20,
        ),
        Notice(
            "Hasil Seleksi Administrasi Jabatan Pimpinan Tinggi Pratama",
            "Daftar peserta yang lulus seleksi administrasi dan jadwal uji kompetensi tercantum dalam lampiran. "
            "Peserta "
            "wajib hadir 30 menit sebelum ujian dengan membawa KTP.",
            8,
        ),
    ),
    events=(
        Event(
            "Uji Kompetensi Seleksi Terbuka JPT Pratama",
            "Gedung Penilaian Kompetensi BKD Provinsi Jambi",
            "Uji kompetensi manajerial dan sosial kultural bagi peserta yang lulus seleksi administrasi.",
            6,
            hour=8,
            hours=8,
        ),
        Event(
            "Layanan Kepegawaian Keliling di Kabupaten Sarolangun",
            "Kantor Bupati Sarolangun",
            "Konsultasi kenaikan pangkat, pensiun, dan pemutakhiran data bagi ASN provinsi yang bertugas di "
            "Sarolangun.",
            15,
        ),
        Event(
            "Penyerahan SK Pensiun ASN",
            "Aula BKD Provinsi Jambi",
            "Penyerahan surat keputusan pensiun kepada ASN yang memasuki batas usia pensiun, disertai pembekalan masa "
            "purnabakti.",
            -6,
        ),
    ),
    services=(
        Service(
            title="Layanan Kenaikan Pangkat",
            summary="Pengusulan kenaikan pangkat reguler dan pilihan bagi PNS di lingkungan Pemerintah Provinsi Jambi.",
            legal_basis=(
                "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
                "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil beserta perubahannya",
                "Peraturan Badan Kepegawaian Negara tentang Kenaikan Pangkat Pegawai Negeri Sipil",
            ),
            requirements=(
                "Salinan SK kenaikan pangkat terakhir",
                "Penilaian kinerja dua tahun terakhir dengan predikat paling rendah baik",
                "Salinan ijazah dan transkrip nilai untuk kenaikan pangkat penyesuaian ijazah",
                "Surat pengantar dari kepala perangkat daerah",
            ),
            procedure=(
                "Pengelola kepegawaian perangkat daerah mengunggah usul dan berkas melalui SIASN.",
                "Verifikator BKD memeriksa kelengkapan dan keabsahan berkas.",
                "Usul yang memenuhi syarat diteruskan untuk pertimbangan teknis Badan Kepegawaian Negara.",
                "BKD menerbitkan SK kenaikan pangkat elektronik.",
            ),
            completion_time="Sesuai periode kenaikan pangkat; verifikasi berkas 5 (lima) hari kerja",
            cost="Gratis",
            product="Surat Keputusan kenaikan pangkat elektronik",
            facilities="Meja konsultasi kepegawaian, aplikasi SIASN, ruang tunggu",
        ),
        Service(
            title="Layanan Pensiun PNS",
            summary="Penyelesaian usul pensiun batas usia serta pensiun janda/duda bagi PNS Pemerintah Provinsi Jambi.",
            legal_basis=(
                "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
                "Undang-Undang Nomor 11 Tahun 1969 tentang Pensiun Pegawai dan Pensiun Janda/Duda Pegawai",
                "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil beserta perubahannya",
            ),
            requirements=(
                "Surat usul dari kepala perangkat daerah",
                "Salinan SK CPNS, SK PNS, dan SK pangkat terakhir",
                "Daftar susunan keluarga dan salinan kartu keluarga",
                "Pas foto terbaru",
                "Surat pernyataan tidak pernah dijatuhi hukuman disiplin sedang atau berat",
            ),
            procedure=(
                "Pengelola kepegawaian mengusulkan pensiun paling lambat satu tahun sebelum batas usia pensiun.",
                "BKD memverifikasi berkas dan meneruskannya ke Badan Kepegawaian Negara.",
                "Badan Kepegawaian Negara menerbitkan pertimbangan teknis.",
                "BKD menerbitkan SK pensiun dan menyerahkannya kepada yang bersangkutan.",
            ),
            completion_time="SK terbit paling lambat 3 (tiga) bulan sebelum tanggal pensiun",
            cost="Gratis",
            product="Surat Keputusan pemberhentian dengan hak pensiun",
            facilities="Meja konsultasi pensiun, ruang tunggu, aplikasi SIASN",
        ),
    ),
    immediate=(
        "Informasi Perubahan Jadwal dan Lokasi Seleksi ASN",
        "Pemberitahuan segera atas perubahan jadwal atau lokasi seleksi ASN karena keadaan darurat, agar peserta "
        "tidak dirugikan.",
    ),
    exempt=Exempt(
        "Hasil Penilaian Kompetensi dan Rekam Jejak Individu ASN",
        "Laporan hasil uji kompetensi, psikotes, dan rekam jejak pegawai secara perseorangan.",
        "Pasal 17 huruf h angka 4 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik jo. "
        "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.",
        "mengungkap rahasia pribadi pegawai tentang kapabilitas dan rekomendasi kemampuannya, yang dapat merugikan "
        "karier dan martabatnya",
    ),
)
