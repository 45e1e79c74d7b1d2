"""Demo content of Dinas Kesehatan."""

from .records import Agency, Event, Exempt, News, Notice, Person, Service

AGENCY = Agency(
    slug="dinkes",
    colours=("#2e7d32", "#fbc02d"),
    street="Jl. R.M. Nur Atmadibrata No. 1, Telanaipura, Kota Jambi 36122",
    phone="(0741) 7553015",
    tagline="Jambi sehat, masyarakat produktif",
    focus="mendekatkan layanan kesehatan yang bermutu kepada masyarakat, menurunkan angka stunting, dan memperkuat "
    "kesiapsiagaan menghadapi wabah serta bencana",
    head=Person(
        "dr. Hendra Gunawan, M.Kes.",
        (
            "S1 Pendidikan Dokter, Universitas Andalas (1998)",
            "S2 Ilmu Kesehatan Masyarakat, Universitas Gadjah Mada (2007)",
        ),
    ),
    secretary=Person(
        "Ns. Fitri Handayani, S.Kep., M.K.M.",
        (
            "S1 Keperawatan dan Profesi Ners, Universitas Sumatera Utara (2004)",
            "S2 Kesehatan Masyarakat, Universitas Jambi (2014)",
        ),
    ),
    visi="Masyarakat Provinsi Jambi yang sehat, mandiri, dan berkeadilan.",
    misi=(
        "Meningkatkan derajat kesehatan masyarakat melalui upaya promotif dan preventif.",
        "Meningkatkan akses dan mutu fasilitas pelayanan kesehatan.",
        "Memperkuat pencegahan dan pengendalian penyakit serta kesiapsiagaan krisis kesehatan.",
        "Meningkatkan ketersediaan, pemerataan, dan mutu tenaga kesehatan.",
    ),
    tugas="melaksanakan urusan pemerintahan bidang kesehatan yang menjadi kewenangan daerah provinsi serta tugas "
    "pembantuan yang diberikan kepada daerah provinsi",
    fungsi=(
        "perumusan kebijakan teknis kesehatan masyarakat, pengendalian penyakit, pelayanan kesehatan, dan sumber daya "
        "kesehatan",
        "pengelolaan upaya kesehatan perorangan dan masyarakat rujukan tingkat provinsi",
        "penerbitan izin dan rekomendasi di bidang kesehatan sesuai kewenangan provinsi",
        "pembinaan dan pengawasan fasilitas pelayanan kesehatan kabupaten/kota",
        "pelaksanaan administrasi dinas",
    ),
    units=(
        "Bidang Kesehatan Masyarakat",
        "Bidang Pencegahan dan Pengendalian Penyakit",
        "Bidang Pelayanan Kesehatan",
        "Bidang Sumber Daya Kesehatan",
    ),
    news=(
        News(
            "Bulan Imunisasi Anak Sekolah Sasar 180 Ribu Siswa",
            "kesehatan",
            ("imunisasi", "BIAS"),
            "Dinas Kesehatan bersama puskesmas memberikan imunisasi campak-rubela, difteri-tetanus, dan HPV kepada "
            "siswa sekolah dasar di seluruh kabupaten/kota.",
            "Orang tua diimbau memastikan anak sarapan sebelum imunisasi dan membawa buku KIA. Anak yang berhalangan "
            "hadir dapat menerima imunisasi susulan di puskesmas terdekat.",
            "Petugas puskesmas memberikan imunisasi kepada siswa sekolah dasar",
        ),
        News(
            "Dinkes Perkuat Posyandu di Desa Lokus Stunting",
            "kesehatan",
            ("stunting", "posyandu"),
            "Sebanyak 150 kader posyandu dari desa lokus stunting dilatih mengukur tinggi badan anak dan mengisi "
            "grafik pertumbuhan dengan benar.",
            "Pengukuran yang tepat membuat anak yang berisiko stunting lebih cepat dirujuk ke puskesmas. Setiap "
            "posyandu juga menerima alat ukur panjang badan yang terstandar.",
            "Kader posyandu mengukur panjang badan balita",
        ),
        News(
            "Waspada Demam Berdarah di Musim Hujan, Lakukan 3M Plus",
            "kesehatan",
            ("DBD", "pencegahan penyakit"),
            "Dinkes mengimbau masyarakat menguras, menutup, dan mendaur ulang wadah air serta mencegah gigitan nyamuk.",
            "Kasus demam berdarah biasanya meningkat pada awal musim hujan. Gerakan satu rumah satu juru pemantau "
            "jentik diharapkan memutus perkembangbiakan nyamuk Aedes aegypti.",
            "Petugas memeriksa jentik nyamuk di bak penampungan air",
        ),
        News(
            "Izin Operasional Rumah Sakit Kini Diproses Melalui OSS",
            "pelayanan-publik",
            ("perizinan", "rumah sakit"),
            "Permohonan izin operasional rumah sakit kelas B kini diajukan melalui sistem Online Single Submission "
            "dan diverifikasi Dinas Kesehatan.",
            "Integrasi ini memangkas waktu layanan karena pemohon tidak perlu mengantar berkas fisik. Visitasi "
            "lapangan tetap dilakukan untuk memastikan sarana, prasarana, dan tenaga kesehatan sesuai standar.",
            "Tim verifikasi meninjau ruang pelayanan rumah sakit",
        ),
    ),
    notices=(
        Notice(
            "Pemeriksaan Kesehatan Gratis di Hari Bebas Kendaraan Bermotor",
            "Dinas Kesehatan membuka layanan pemeriksaan tekanan darah, gula darah, dan kolesterol gratis setiap "
            "Minggu pagi di kawasan hari bebas kendaraan bermotor Telanaipura. Jadwal petugas terlampir.",
            20,
        ),
        Notice(
            "Imbauan Kewaspadaan Demam Berdarah Dengue",
            "Masyarakat diimbau melakukan pemberantasan sarang nyamuk dengan 3M Plus dan segera membawa anggota "
            "keluarga yang demam tinggi lebih dari dua hari ke fasilitas kesehatan.",
            30,
        ),
    ),
    events=(
        Event(
            "Pencanangan Bulan Imunisasi Anak Sekolah",
            "SD Negeri 47/IV Kota Jambi",
            "Pencanangan imunisasi anak sekolah tingkat provinsi bersama dinas kesehatan kabupaten/kota.",
            3,
            hour=8,
        ),
        Event(
            "Pertemuan Koordinasi Penurunan Stunting Lintas Sektor",
            "Ruang Rapat Dinas Kesehatan Provinsi Jambi",
            "Evaluasi intervensi spesifik dan sensitif di desa lokus stunting bersama Bappeda, DP3AP2, dan "
            "kabupaten/kota.",
            10,
        ),
        Event(
            "Simulasi Penanganan Krisis Kesehatan Akibat Banjir",
            "Halaman Kantor Dinas Kesehatan Provinsi Jambi",
            "Simulasi pengerahan tim gerak cepat, pos kesehatan lapangan, dan rujukan korban banjir.",
            -14,
            hour=8,
            hours=4,
        ),
    ),
    services=(
        Service(
            title="Penerbitan Izin Operasional Rumah Sakit Kelas B",
            summary="Penerbitan izin operasional bagi rumah sakit umum dan khusus kelas B yang menjadi kewenangan "
            "pemerintah provinsi.",
            legal_basis=(
                "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
                "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan Undang-Undang Nomor 17 Tahun "
                "2023 tentang Kesehatan",
                "Peraturan Menteri Kesehatan tentang Klasifikasi dan Perizinan Rumah Sakit",
            ),
            requirements=(
                "Permohonan melalui sistem OSS dengan Nomor Induk Berusaha (NIB)",
                "Profil rumah sakit dan dokumen penilaian mandiri klasifikasi",
                "Daftar sarana, prasarana, dan peralatan kesehatan",
                "Daftar tenaga medis dan tenaga kesehatan beserta surat izin praktiknya",
                "Dokumen lingkungan yang telah disetujui",
            ),
            procedure=(
                "Pemohon mengajukan permohonan melalui OSS.",
                "Dinas Kesehatan memeriksa kelengkapan dokumen.",
                "Tim melakukan visitasi ke rumah sakit.",
                "Hasil visitasi dituangkan dalam berita acara dan rekomendasi.",
                "Izin operasional diterbitkan melalui OSS.",
            ),
            completion_time="14 (empat belas) hari kerja sejak dokumen dinyatakan lengkap dan benar",
            cost="Gratis",
            product="Izin operasional rumah sakit kelas B yang berlaku 5 (lima) tahun",
            facilities="Meja layanan perizinan, ruang konsultasi, akses OSS",
        ),
        Service(
            title="Pemeriksaan Laboratorium Kualitas Air Minum",
            summary="Pengujian mutu air minum dan air bersih di UPTD Laboratorium Kesehatan Daerah bagi depot air "
            "minum, hotel, rumah sakit, dan masyarakat.",
            legal_basis=(
                "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
                "Peraturan Menteri Kesehatan Nomor 2 Tahun 2023 tentang Kesehatan Lingkungan",
                "Peraturan Daerah Provinsi Jambi tentang Pajak Daerah dan Retribusi Daerah",
            ),
            requirements=(
                "Formulir permintaan pemeriksaan",
                "Sampel air dalam wadah steril dari laboratorium, diserahkan paling lambat 6 jam setelah diambil",
                "Salinan KTP atau surat pengantar instansi atau badan usaha",
            ),
            procedure=(
                "Pemohon mengambil wadah sampel dan petunjuk pengambilan di loket.",
                "Pemohon menyerahkan sampel dan membayar retribusi.",
                "Analis melakukan uji fisik, kimia, dan mikrobiologi.",
                "Hasil diverifikasi oleh penanggung jawab teknis.",
                "Pemohon menerima laporan hasil uji.",
            ),
            completion_time="7 (tujuh) hari kerja untuk parameter lengkap; 3 (tiga) hari kerja untuk mikrobiologi",
            cost="Sesuai tarif retribusi dalam Peraturan Daerah Provinsi Jambi tentang Pajak Daerah dan Retribusi "
            "Daerah",
            product="Laporan hasil uji laboratorium kualitas air",
            facilities="Loket penerimaan sampel, laboratorium terakreditasi, ruang tunggu",
        ),
    ),
    immediate=(
        "Informasi Kejadian Luar Biasa Penyakit Menular",
        "Pemberitahuan segera tentang kejadian luar biasa penyakit menular, wilayah terdampak, dan langkah pencegahan "
        "yang perlu dilakukan masyarakat.",
    ),
    exempt=Exempt(
        "Rekam Medis dan Data Kesehatan Pasien Perseorangan",
        "Diagnosis, riwayat pengobatan, dan hasil pemeriksaan laboratorium pasien yang dilaporkan fasilitas kesehatan.",
        "Pasal 17 huruf h angka 2 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik jo. "
        "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan.",
        "mengungkap riwayat kesehatan seseorang sehingga menimbulkan stigma, diskriminasi, dan kerugian bagi pasien "
        "beserta keluarganya",
    ),
)
