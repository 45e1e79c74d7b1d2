"""Demo content of Dinas Energi dan Sumber Daya Mineral (a quiet site: no news in the last month)."""

from .records import Agency, Event, Exempt, News, Notice, Person, Service

AGENCY = Agency(
    slug="esdm",
    colours=("#3e2723", "#ffb300"),
    street="Jl. Marsda Surya Darma No. 7, Kenali Asam Atas, Kota Jambi 36129",
    phone="(0741) 7552611",
    tagline="Energi sampai ke desa, tambang yang bertanggung jawab",
    focus="memastikan listrik dan energi menjangkau desa-desa terpencil, sekaligus mengawasi pertambangan dan "
    "pemanfaatan air tanah agar bertanggung jawab terhadap lingkungan",
    head=Person(
        "Ir. Tengku Ridwan Saleh, M.T.",
        (
            "S1 Teknik Pertambangan, Universitas Sriwijaya (1995)",
            "S2 Teknik Geologi, Institut Teknologi Bandung (2004)",
        ),
    ),
    secretary=Person(
        "Maya Puspita, S.T., M.Eng.",
        ("S1 Teknik Kimia, Universitas Riau (2004)", "S2 Teknik Sistem Energi, Universitas Gadjah Mada (2012)"),
    ),
    visi="Terwujudnya pengelolaan energi dan sumber daya mineral yang merata, berkelanjutan, dan berwawasan "
    "lingkungan.",
    misi=(
        "Meningkatkan akses listrik desa melalui energi baru dan terbarukan.",
        "Mengawasi kegiatan pertambangan agar taat kaidah teknik dan lingkungan.",
        "Mengelola air tanah dan data geologi untuk mitigasi bencana.",
        "Meningkatkan penerimaan daerah dari sektor energi dan sumber daya mineral.",
    ),
    tugas="melaksanakan urusan pemerintahan bidang energi dan sumber daya mineral yang menjadi kewenangan daerah "
    "provinsi",
    fungsi=(
        "perumusan kebijakan teknis energi baru terbarukan, ketenagalistrikan, mineral, batu bara, dan air tanah",
        "pemberian perizinan dan pengawasan pertambangan batuan sesuai kewenangan yang didelegasikan",
        "penyediaan listrik bagi rumah tangga tidak mampu dan desa yang belum berlistrik",
        "pengelolaan data geologi dan air tanah",
        "pelaksanaan administrasi dinas",
    ),
    units=(
        "Bidang Energi Baru Terbarukan dan Ketenagalistrikan",
        "Bidang Mineral dan Batu Bara",
        "Bidang Geologi dan Air Tanah",
    ),
    news=(
        News(
            "Pembangkit Listrik Tenaga Surya Terangi Dusun Terpencil di Sarolangun",
            "pembangunan",
            ("PLTS", "energi terbarukan"),
            "PLTS komunal berkapasitas 30 kWp kini melayani 85 rumah di dusun yang belum terjangkau jaringan listrik.",
            "Warga membentuk kelompok pengelola untuk merawat panel dan baterai. Iuran bulanan dipakai untuk biaya "
            "perawatan sehingga PLTS dapat bertahan lama.",
            "Deretan panel surya di dusun terpencil",
        ),
        News(
            "Bantuan Pasang Baru Listrik untuk 1.200 Rumah Tangga Tidak Mampu",
            "pelayanan-publik",
            ("listrik desa", "bantuan pasang baru listrik"),
            "Rumah tangga tidak mampu menerima instalasi listrik gratis lengkap dengan meteran prabayar.",
            "Penerima ditetapkan dari data kesejahteraan sosial yang diverifikasi pemerintah desa. Pemasangan "
            "dikerjakan instalatir bersertifikat dan diperiksa sebelum disambungkan.",
            "Petugas memasang instalasi listrik di rumah warga",
        ),
        News(
            "Dinas ESDM Awasi Reklamasi Bekas Tambang Batuan",
            "pemerintahan",
            ("reklamasi", "pertambangan"),
            "Inspeksi dilakukan di 12 lokasi tambang batuan untuk memastikan kewajiban reklamasi dan pascatambang "
            "dipenuhi.",
            "Pemegang izin yang belum menempatkan jaminan reklamasi diberi peringatan tertulis. Lahan bekas tambang "
            "yang telah direklamasi ditanami kembali dengan tanaman keras.",
            "Lahan bekas tambang yang ditanami kembali",
        ),
        News(
            "Sosialisasi Hemat Energi dan Energi Terbarukan di Sekolah",
            "kegiatan",
            ("hemat energi", "edukasi"),
            "Siswa diajak mematikan peralatan listrik yang tidak dipakai dan mengenal energi terbarukan.",
            "Sosialisasi menggunakan alat peraga panel surya mini sehingga siswa dapat melihat langsung cara sinar "
            "matahari diubah menjadi listrik.",
            "Siswa mencoba alat peraga panel surya mini",
        ),
    ),
    notices=(
        Notice(
            "Pengusulan Calon Penerima Bantuan Pasang Baru Listrik",
            "Pemerintah desa dapat mengusulkan rumah tangga tidak mampu yang belum berlistrik melalui Dinas ESDM. "
            "Formulir usulan terlampir.",
            30,
        ),
        Notice(
            "Kewajiban Laporan Triwulan Pemegang Izin Pertambangan Batuan",
            "Pemegang izin pertambangan batuan wajib menyampaikan laporan triwulan kegiatan produksi, reklamasi, dan "
            "keselamatan kerja paling lambat tanggal berlakunya pengumuman ini.",
            15,
        ),
    ),
    events=(
        Event(
            "Peresmian PLTS Komunal Dusun Terpencil",
            "Kecamatan Limun, Kabupaten Sarolangun",
            "Peresmian pembangkit listrik tenaga surya komunal bersama pemerintah kabupaten dan desa.",
            11,
            hour=10,
        ),
        Event(
            "Rapat Koordinasi Pengawasan Pertambangan",
            "Ruang Rapat Dinas ESDM Provinsi Jambi",
            "Koordinasi pengawasan tambang batuan dan penanganan pertambangan tanpa izin bersama kabupaten dan aparat "
            "penegak hukum.",
            22,
        ),
        Event(
            "Inspeksi Reklamasi Bekas Tambang Batuan",
            "Kabupaten Merangin",
            "Inspeksi lapangan atas pemenuhan kewajiban reklamasi oleh pemegang izin.",
            -40,
            hour=8,
            hours=8,
        ),
    ),
    services=(
        Service(
            title="Penerbitan Surat Izin Pertambangan Batuan",
            summary="Penerbitan izin pertambangan batuan, seperti pasir, kerikil, dan tanah urug, yang kewenangannya "
            "didelegasikan kepada pemerintah provinsi.",
            legal_basis=(
                "Undang-Undang Nomor 3 Tahun 2020 tentang Perubahan atas Undang-Undang Nomor 4 Tahun 2009 tentang "
                "Pertambangan Mineral dan Batubara",
                "Peraturan Presiden Nomor 55 Tahun 2022 tentang Pendelegasian Pemberian Perizinan Berusaha di Bidang "
                "Pertambangan Mineral dan Batubara",
            ),
            requirements=(
                "Permohonan melalui OSS dengan Nomor Induk Berusaha",
                "Peta dan koordinat wilayah yang dimohon",
                "Dokumen lingkungan yang telah disetujui",
                "Rencana penambangan dan rencana reklamasi",
                "Bukti penempatan jaminan reklamasi",
            ),
            procedure=(
                "Pemohon mengajukan permohonan melalui OSS.",
                "Dinas ESDM memeriksa kelengkapan dokumen dan kesesuaian wilayah.",
                "Tim melakukan peninjauan lapangan.",
                "Dinas menyusun telaahan teknis.",
                "Izin diterbitkan melalui OSS.",
            ),
            completion_time="14 (empat belas) hari kerja sejak dokumen lengkap dan benar",
            cost="Gratis; pemegang izin membayar iuran tetap sesuai ketentuan",
            product="Surat Izin Pertambangan Batuan",
            facilities="Meja layanan perizinan, ruang konsultasi teknis, peta wilayah pertambangan digital",
        ),
        Service(
            title="Rekomendasi Teknis Pemanfaatan Air Tanah",
            summary="Pertimbangan teknis bagi badan usaha yang akan mengebor dan memanfaatkan air tanah.",
            legal_basis=(
                "Undang-Undang Nomor 17 Tahun 2019 tentang Sumber Daya Air",
                "Peraturan Menteri Energi dan Sumber Daya Mineral tentang Standar Kegiatan Usaha pada Perizinan "
                "Berusaha Berbasis Risiko Sektor Energi dan Sumber Daya Mineral",
            ),
            requirements=(
                "Surat permohonan",
                "Peta lokasi titik pengeboran beserta koordinat",
                "Rencana kebutuhan air dan konstruksi sumur",
                "Salinan NIB",
            ),
            procedure=(
                "Pemohon mengajukan permohonan.",
                "Petugas memeriksa kondisi hidrogeologi di lokasi.",
                "Dinas menyusun kajian teknis.",
                "Rekomendasi teknis diterbitkan.",
            ),
            completion_time="10 (sepuluh) hari kerja",
            cost="Gratis",
            product="Surat rekomendasi teknis pemanfaatan air tanah",
            facilities="Meja layanan, peta cekungan air tanah, alat survei geolistrik",
        ),
    ),
    immediate=(
        "Informasi Gangguan Pasokan Listrik dan BBM",
        "Pemberitahuan segera mengenai gangguan pasokan listrik atau bahan bakar minyak yang berdampak luas bagi "
        "masyarakat, beserta langkah penanganannya.",
    ),
    exempt=Exempt(
        "Data Teknis Cadangan Mineral dan Batu Bara Hasil Eksplorasi",
        "Laporan rinci hasil eksplorasi perusahaan, termasuk sebaran dan kualitas cadangan pada wilayah izin.",
        "Pasal 17 huruf b dan huruf d Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.",
        "mengungkap kekayaan alam dan rahasia usaha sehingga merugikan persaingan usaha yang sehat dan kepentingan "
        "daerah",
    ),
    quiet=True,
)
