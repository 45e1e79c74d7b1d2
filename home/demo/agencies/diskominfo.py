"""Demo content of Dinas Komunikasi dan Informatika."""

from .records import Agency, Event, Exempt, News, Notice, Person, Service

AGENCY = Agency(
    slug="diskominfo",
    colours=("#0d47a1", "#ffb300"),
    street="Jl. Jend. Ahmad Yani No. 2, Telanaipura, Kota Jambi 36122",
    phone="(0741) 7551120",
    tagline="Jambi terhubung, informasi terbuka",
    focus="mempercepat transformasi digital pemerintahan agar setiap layanan Pemerintah Provinsi Jambi dapat "
    "diakses masyarakat dari mana saja, dengan data yang aman dan informasi yang terbuka",
    head=Person(
        "Ir. Rizal Effendi, M.Kom.",
        ("S1 Teknik Elektro, Universitas Sriwijaya (1997)", "S2 Ilmu Komputer, Universitas Gadjah Mada (2005)"),
    ),
    secretary=Person(
        "Hj. Nurhayati Lubis, S.Sos., M.Si.",
        ("S1 Ilmu Komunikasi, Universitas Jambi (2001)", "S2 Administrasi Publik, Universitas Jambi (2011)"),
    ),
    visi="Terwujudnya tata kelola pemerintahan digital Provinsi Jambi yang terpadu, aman, dan melayani.",
    misi=(
        "Membangun infrastruktur teknologi informasi dan komunikasi yang andal hingga ke desa.",
        "Menerapkan Sistem Pemerintahan Berbasis Elektronik (SPBE) yang terpadu di seluruh perangkat daerah.",
        "Menyediakan informasi publik yang cepat, akurat, dan mudah diakses.",
        "Menjamin keamanan informasi dan pelindungan data pribadi masyarakat.",
    ),
    tugas="melaksanakan urusan pemerintahan bidang komunikasi dan informatika, bidang persandian, dan bidang "
    "statistik yang menjadi kewenangan daerah provinsi",
    fungsi=(
        "perumusan kebijakan teknis informasi dan komunikasi publik, aplikasi informatika, persandian, dan statistik",
        "pengelolaan jaringan intra pemerintah daerah, pusat data, dan nama domain jambiprov.go.id",
        "penyelenggaraan SPBE dan pengembangan aplikasi layanan publik",
        "pengelolaan informasi dan dokumentasi sebagai pendukung PPID Utama Provinsi Jambi",
        "pelaksanaan administrasi dinas",
    ),
    units=(
        "Bidang Informasi dan Komunikasi Publik",
        "Bidang Aplikasi Informatika",
        "Bidang Persandian dan Keamanan Informasi",
        "Bidang Statistik",
    ),
    news=(
        News(
            "Internet Desa Menjangkau 24 Desa Baru di Kerinci dan Merangin",
            "pembangunan",
            ("internet desa", "infrastruktur TIK"),
            "Sebanyak 24 titik akses internet dipasang di desa yang belum terjangkau sinyal seluler di Kabupaten "
            "Kerinci dan Merangin.",
            "Pemasangan dilakukan bersama pemerintah kabupaten. Setiap titik melayani kantor desa, sekolah, dan "
            "puskesmas pembantu di sekitarnya, sehingga perangkat desa dapat memakai aplikasi layanan secara daring "
            "tanpa harus ke ibu kota kecamatan.",
            "Teknisi memasang antena akses internet di atap kantor desa",
        ),
        News(
            "Diskominfo Dampingi Perangkat Daerah Menyiapkan Evaluasi SPBE",
            "pemerintahan",
            ("SPBE", "transformasi digital"),
            "Tim SPBE Diskominfo mendampingi 41 perangkat daerah melengkapi bukti dukung evaluasi Sistem Pemerintahan "
            "Berbasis Elektronik.",
            "Pendampingan difokuskan pada tata kelola data, keterpaduan aplikasi, dan layanan publik berbasis "
            "elektronik. Perangkat daerah diminta memperbarui katalog aplikasi dan menghentikan aplikasi yang tidak "
            "lagi dipakai.",
            "Peserta rapat pendampingan SPBE menyimak paparan di ruang rapat",
        ),
        News(
            "Pelatihan Keamanan Siber bagi Operator Situs Perangkat Daerah",
            "kegiatan",
            ("keamanan informasi", "pelatihan"),
            "Sebanyak 80 operator situs web perangkat daerah berlatih mengamankan akun, memperbarui sistem, dan "
            "menangani insiden siber.",
            "Materi disampaikan bersama tim tanggap insiden siber (CSIRT) Provinsi Jambi. Peserta berlatih mengenali "
            "surel pengelabuan (phishing) dan menerapkan verifikasi dua langkah pada akun pengelola situs.",
            "Operator situs perangkat daerah berlatih di laboratorium komputer",
        ),
        News(
            "Portal Satu Data Jambi Kini Memuat Lebih dari 1.200 Set Data",
            "pelayanan-publik",
            ("satu data", "statistik sektoral"),
            "Masyarakat dapat mengunduh lebih dari 1.200 set data sektoral perangkat daerah secara gratis melalui "
            "portal Satu Data Jambi.",
            "Data yang tersedia meliputi kependudukan, pendidikan, kesehatan, pertanian, hingga infrastruktur. Setiap "
            "set data dilengkapi metadata dan jadwal pemutakhiran sehingga pengguna mengetahui kebaruan data.",
            "Grafik data sektoral ditampilkan pada layar monitor",
        ),
    ),
    notices=(
        Notice(
            "Pendaftaran Peserta Bimbingan Teknis Pengelola Situs Web OPD",
            "Setiap perangkat daerah dapat mengusulkan paling banyak dua operator untuk mengikuti bimbingan teknis "
            "pengelolaan situs web. Formulir usulan terlampir dan dikirim ke Bidang Aplikasi Informatika paling lambat "
            "tanggal berlakunya pengumuman ini.",
            10,
        ),
        Notice(
            "Pemeliharaan Jaringan Pusat Data Pemerintah Provinsi Jambi",
            "Dalam rangka pemeliharaan perangkat, surel dinas dan beberapa aplikasi di pusat data tidak dapat diakses "
            "pada Sabtu malam pukul 22.00–02.00 WIB. Mohon maaf atas ketidaknyamanannya.",
            6,
        ),
    ),
    events=(
        Event(
            "Rapat Koordinasi PPID se-Provinsi Jambi",
            "Ruang Pola Kantor Gubernur Jambi",
            "Rapat koordinasi PPID Utama dan PPID Pelaksana untuk menyiapkan monitoring dan evaluasi keterbukaan "
            "informasi publik.",
            5,
        ),
        Event(
            "Bimbingan Teknis Pengelolaan Situs Web OPD",
            "Aula Diskominfo Provinsi Jambi",
            "Pelatihan bagi operator situs web perangkat daerah: menulis berita, mengunggah dokumen PPID, dan mengisi "
            "standar pelayanan.",
            12,
            hour=8,
            hours=7,
        ),
        Event(
            "Sosialisasi Pelindungan Data Pribadi bagi ASN",
            "Aula Diskominfo Provinsi Jambi",
            "Sosialisasi kewajiban pengendali data pribadi menurut Undang-Undang Nomor 27 Tahun 2022 bagi aparatur di "
            "lingkungan Pemerintah Provinsi Jambi.",
            -9,
        ),
    ),
    services=(
        Service(
            title="Permohonan Subdomain jambiprov.go.id",
            summary="Pembuatan subdomain resmi di bawah jambiprov.go.id bagi perangkat daerah dan unit kerja di "
            "lingkungan Pemerintah Provinsi Jambi.",
            legal_basis=(
                "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik",
                "Peraturan Menteri Komunikasi dan Informatika Nomor 5 Tahun 2015 tentang Registrar Nama Domain "
                "Instansi Penyelenggara Negara",
                "Peraturan Gubernur Jambi tentang Penyelenggaraan SPBE di Lingkungan Pemerintah Provinsi Jambi",
            ),
            requirements=(
                "Surat permohonan dari kepala perangkat daerah",
                "Formulir permohonan subdomain yang telah diisi",
                "Nama dan kontak penanggung jawab teknis",
                "Pernyataan kesanggupan mengelola dan memperbarui isi situs",
            ),
            procedure=(
                "Pemohon mengirim surat dan formulir melalui aplikasi persuratan elektronik atau meja layanan.",
                "Petugas memeriksa kelengkapan berkas dan ketersediaan nama subdomain.",
                "Bidang Aplikasi Informatika membuat subdomain dan situs awal.",
                "Pemohon menerima akun pengelola dan panduan penggunaan.",
            ),
            completion_time="3 (tiga) hari kerja sejak berkas dinyatakan lengkap",
            cost="Gratis",
            product="Subdomain <nama>.jambiprov.go.id yang aktif beserta akun pengelola situs",
            facilities="Meja layanan, aplikasi persuratan elektronik, ruang konsultasi teknis",
        ),
        Service(
            title="Penerbitan Sertifikat Elektronik bagi ASN",
            summary="Pendaftaran sertifikat elektronik bagi aparatur sipil negara untuk menandatangani dokumen dinas "
            "secara elektronik.",
            legal_basis=(
                "Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik beserta perubahannya",
                "Peraturan Pemerintah Nomor 71 Tahun 2019 tentang Penyelenggaraan Sistem dan Transaksi Elektronik",
                "Peraturan Badan Siber dan Sandi Negara Nomor 10 Tahun 2019 tentang Pelaksanaan Persandian untuk "
                "Pengamanan Informasi di Pemerintah Daerah",
            ),
            requirements=(
                "Surat rekomendasi dari kepala perangkat daerah",
                "Salinan KTP elektronik",
                "Salinan SK jabatan terakhir",
                "Alamat surel dinas yang aktif",
            ),
            procedure=(
                "Pemohon mengisi formulir pendaftaran dan mengunggah berkas.",
                "Verifikator Diskominfo memeriksa identitas pemohon secara tatap muka atau panggilan video.",
                "Pemohon mengaktifkan sertifikat melalui tautan yang dikirim ke surel dinas.",
                "Pemohon membuat passphrase dan mencoba tanda tangan pertama didampingi petugas.",
            ),
            completion_time="1 (satu) hari kerja setelah verifikasi identitas",
            cost="Gratis",
            product="Sertifikat elektronik aktif atas nama pemohon",
            facilities="Ruang verifikasi, komputer pendaftaran, jaringan internet",
        ),
    ),
    immediate=(
        "Informasi Gangguan Jaringan dan Aplikasi Pemerintah Provinsi",
        "Pemberitahuan gangguan jaringan intra pemerintah, surel dinas, dan aplikasi layanan publik beserta perkiraan "
        "waktu pemulihannya.",
    ),
    exempt=Exempt(
        "Konfigurasi dan Kredensial Sistem Keamanan Pusat Data",
        "Rancangan jaringan, alamat perangkat, kata sandi, dan konfigurasi sistem keamanan pusat data Pemerintah "
        "Provinsi Jambi.",
        "Pasal 17 huruf c dan huruf j Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik jo. "
        "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik.",
        "memudahkan pihak tidak berwenang menyerang pusat data sehingga layanan publik terhenti dan data pribadi "
        "masyarakat bocor",
    ),
)
