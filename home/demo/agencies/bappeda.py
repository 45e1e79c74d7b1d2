"""Demo content of Badan Perencanaan Pembangunan Daerah."""

from .records import Agency, Event, Exempt, News, Notice, Person, Service

AGENCY = Agency(
    slug="bappeda",
    colours=("#4a148c", "#ffca28"),
    street="Jl. Jend. Sudirman No. 12, Thehok, Kota Jambi 36138",
    phone="(0741) 7552240",
    tagline="Merencanakan pembangunan berbasis data",
    focus="memastikan setiap rupiah anggaran pembangunan direncanakan berdasarkan data dan aspirasi masyarakat, "
    "dari musyawarah desa sampai Musrenbang provinsi",
    head=Person(
        "Dr. Ir. Hasan Basri Nasution, M.T.",
        (
            "S1 Teknik Sipil, Universitas Andalas (1994)",
            "S2 Perencanaan Wilayah dan Kota, Institut Teknologi Bandung (2001)",
            "S3 Ilmu Lingkungan, Universitas Jambi (2015)",
        ),
    ),
    secretary=Person(
        "Yuliana Sari, S.E., M.E.",
        ("S1 Ekonomi Pembangunan, Universitas Jambi (2002)", "S2 Ilmu Ekonomi, Universitas Sriwijaya (2010)"),
    ),
    visi="Menjadi perencana pembangunan daerah yang andal, partisipatif, dan berbasis data untuk Jambi yang maju "
    "dan berkelanjutan.",
    misi=(
        "Menyusun dokumen perencanaan pembangunan daerah yang terpadu dan tepat waktu.",
        "Meningkatkan partisipasi masyarakat dalam perencanaan melalui Musrenbang.",
        "Memperkuat pengendalian dan evaluasi pelaksanaan rencana pembangunan.",
        "Memanfaatkan data dan kajian sebagai dasar pengambilan kebijakan.",
    ),
    tugas="melaksanakan fungsi penunjang urusan pemerintahan bidang perencanaan pembangunan daerah",
    fungsi=(
        "penyusunan kebijakan teknis perencanaan pembangunan daerah",
        "koordinasi penyusunan RPJPD, RPJMD, dan Rencana Kerja Pemerintah Daerah (RKPD)",
        "penyelenggaraan Musyawarah Perencanaan Pembangunan (Musrenbang) provinsi",
        "pemantauan, pengendalian, dan evaluasi pelaksanaan rencana pembangunan daerah",
        "pelaksanaan administrasi badan",
    ),
    units=(
        "Bidang Perencanaan, Pengendalian, dan Evaluasi Pembangunan",
        "Bidang Perekonomian dan Sumber Daya Alam",
        "Bidang Pemerintahan dan Pembangunan Manusia",
        "Bidang Infrastruktur dan Kewilayahan",
    ),
    news=(
        News(
            "Konsultasi Publik Rancangan Awal RKPD Provinsi Jambi",
            "pemerintahan",
            ("RKPD", "konsultasi publik"),
            "Bappeda menghimpun masukan akademisi, dunia usaha, dan organisasi masyarakat atas rancangan awal Rencana "
            "Kerja Pemerintah Daerah tahun depan.",
            "Prioritas yang dibahas meliputi penghapusan kemiskinan ekstrem, pemantapan jalan provinsi, dan "
            "peningkatan nilai tambah komoditas perkebunan. Masukan peserta dicatat dalam berita acara dan menjadi "
            "bahan penyempurnaan rancangan.",
            "Peserta konsultasi publik menyampaikan masukan di ruang rapat Bappeda",
        ),
        News(
            "Bappeda Latih Perencana Kabupaten/Kota Menyelaraskan Usulan di SIPD",
            "kegiatan",
            ("SIPD", "perencanaan"),
            "Sebanyak 55 perencana dari 11 kabupaten/kota berlatih menyelaraskan usulan program dalam Sistem Informasi "
            "Pemerintahan Daerah.",
            "Pelatihan menekankan konsistensi kode program antara RKPD provinsi dan kabupaten/kota sehingga usulan "
            "tidak tumpang tindih dan mudah dipantau.",
            "Perencana kabupaten dan kota mengikuti pelatihan SIPD di depan laptop",
        ),
        News(
            "Rapat Koordinasi Percepatan Penanggulangan Kemiskinan Daerah",
            "ekonomi",
            ("kemiskinan", "TKPK"),
            "Tim Koordinasi Penanggulangan Kemiskinan Provinsi Jambi menyepakati desa prioritas penerima program "
            "terpadu tahun depan.",
            "Penetapan desa prioritas memakai data kesejahteraan sosial yang dipadankan dengan data kependudukan, "
            "sehingga bantuan rumah layak huni, air bersih, dan pemberdayaan ekonomi tidak salah sasaran.",
            "Rapat koordinasi penanggulangan kemiskinan di kantor Bappeda",
        ),
        News(
            "Bappeda Pantau Pembangunan Jalan Provinsi Ruas Muara Bulian–Muara Tembesi",
            "pembangunan",
            ("pengendalian", "jalan provinsi"),
            "Tim pengendalian Bappeda meninjau kemajuan fisik pembangunan jalan provinsi di Kabupaten Batang Hari.",
            "Pekerjaan perkerasan telah melewati separuh target. Bappeda meminta pelaksana menjaga mutu pekerjaan dan "
            "menyelesaikan saluran drainase sebelum puncak musim hujan.",
            "Tim Bappeda meninjau pekerjaan perkerasan jalan provinsi",
        ),
    ),
    notices=(
        Notice(
            "Penyampaian Usulan Program Prioritas Perangkat Daerah",
            "Perangkat daerah diminta menyampaikan usulan program prioritas untuk rancangan RKPD melalui SIPD. Jadwal "
            "dan format usulan terlampir.",
            14,
        ),
        Notice(
            "Undangan Forum Konsultasi Publik Rancangan RKPD",
            "Bappeda mengundang masyarakat, akademisi, dan organisasi kemasyarakatan mengikuti forum konsultasi publik "
            "rancangan RKPD. Pendaftaran peserta melalui surel bappeda@jambiprov.go.id.",
            9,
        ),
    ),
    events=(
        Event(
            "Musrenbang RKPD Provinsi Jambi",
            "Auditorium Rumah Dinas Gubernur Jambi",
            "Musyawarah Perencanaan Pembangunan tingkat provinsi untuk menyepakati prioritas pembangunan dan pagu "
            "indikatif perangkat daerah.",
            18,
            hour=8,
            hours=6,
        ),
        Event(
            "Rapat Evaluasi Realisasi Fisik dan Keuangan Triwulanan",
            "Ruang Rapat Bappeda Provinsi Jambi",
            "Evaluasi capaian fisik dan serapan anggaran seluruh perangkat daerah.",
            7,
        ),
        Event(
            "Forum Perangkat Daerah Bidang Infrastruktur",
            "Aula Bappeda Provinsi Jambi",
            "Penyelarasan usulan program jalan, irigasi, dan permukiman antarperangkat daerah.",
            -11,
        ),
    ),
    services=(
        Service(
            title="Layanan Data dan Dokumen Perencanaan Pembangunan",
            summary="Penyediaan data dan dokumen perencanaan pembangunan daerah bagi instansi, akademisi, mahasiswa, "
            "dan masyarakat.",
            legal_basis=(
                "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional",
                "Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia",
                "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan "
                "Evaluasi Pembangunan Daerah",
            ),
            requirements=(
                "Surat permohonan yang menyebut data yang diminta dan tujuan penggunaannya",
                "Salinan KTP pemohon",
                "Surat pengantar instansi atau perguruan tinggi bagi pemohon lembaga dan mahasiswa",
            ),
            procedure=(
                "Pemohon menyerahkan surat permohonan di meja layanan atau melalui surel.",
                "Petugas mencatat permohonan dan memberikan tanda terima.",
                "Bidang terkait menyiapkan data sesuai permintaan.",
                "Data diserahkan dalam bentuk salinan elektronik atau cetak.",
            ),
            completion_time="5 (lima) hari kerja",
            cost="Gratis",
            product="Salinan data dan/atau dokumen perencanaan pembangunan daerah",
            facilities="Meja layanan, ruang baca dokumen perencanaan, komputer akses data",
        ),
        Service(
            title="Asistensi Penyelarasan Renja Perangkat Daerah",
            summary="Pendampingan perangkat daerah menyelaraskan Rencana Kerja (Renja) dengan RKPD dan Rencana "
            "Strategis.",
            legal_basis=(
                "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
                "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan "
                "Evaluasi Pembangunan Daerah",
                "Peraturan Gubernur Jambi tentang Rencana Kerja Pemerintah Daerah",
            ),
            requirements=(
                "Surat permohonan asistensi dari kepala perangkat daerah",
                "Rancangan Renja perangkat daerah",
                "Matriks program, kegiatan, dan subkegiatan beserta indikator kinerjanya",
            ),
            procedure=(
                "Perangkat daerah mengajukan jadwal asistensi.",
                "Bappeda menelaah rancangan Renja.",
                "Asistensi dilaksanakan bersama bidang terkait.",
                "Bappeda menerbitkan berita acara hasil asistensi.",
            ),
            completion_time="3 (tiga) hari kerja sejak rancangan diterima",
            cost="Gratis",
            product="Berita acara hasil asistensi dan catatan perbaikan rancangan Renja",
            facilities="Ruang rapat asistensi, akses SIPD, proyektor",
        ),
    ),
    immediate=(
        "Prosedur Evakuasi dan Keadaan Darurat di Kantor Bappeda",
        "Jalur evakuasi, titik kumpul, dan nomor darurat yang harus diketahui pegawai dan tamu bila terjadi kebakaran "
        "atau gempa.",
    ),
    exempt=Exempt(
        "Rancangan Dokumen Perencanaan yang Masih Dibahas",
        "Telaahan staf dan rancangan dokumen perencanaan yang belum disepakati dalam forum resmi atau belum "
        "ditetapkan.",
        "Pasal 17 huruf i Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.",
        "menimbulkan salah tafsir dan spekulasi atas lokasi proyek sebelum rencana ditetapkan, sehingga mengganggu "
        "proses pengambilan keputusan",
    ),
)
