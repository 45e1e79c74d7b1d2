"""Demo content of Dinas Perindustrian dan Perdagangan."""

from .records import Agency, Event, Exempt, News, Notice, Person, Service

AGENCY = Agency(
    slug="disperindag",
    colours=("#ad1457", "#80deea"),
    street="Jl. Kol. Abunjani No. 11, Sipin, Kota Jambi 36124",
    phone="(0741) 7553128",
    tagline="Industri tumbuh, pasar tertib, konsumen terlindungi",
    focus="mendorong tumbuhnya industri kecil dan menengah, menjaga kestabilan harga bahan pokok, dan melindungi "
    "konsumen dari barang yang tidak memenuhi ketentuan",
    head=Person(
        "Drs. Sofyan Hakim, M.M.",
        ("S1 Ekonomi Manajemen, Universitas Jambi (1994)", "S2 Manajemen, Universitas Gadjah Mada (2003)"),
    ),
    secretary=Person(
        "Indah Permatasari, S.E., M.E.",
        ("S1 Ekonomi Pembangunan, Universitas Jambi (2005)", "S2 Ilmu Ekonomi, Universitas Andalas (2013)"),
    ),
    visi="Terwujudnya industri dan perdagangan Jambi yang tangguh, berdaya saing, dan melindungi konsumen.",
    misi=(
        "Menumbuhkan industri kecil dan menengah berbasis potensi daerah.",
        "Menjaga ketersediaan dan kestabilan harga bahan pokok.",
        "Memperluas akses pasar dan ekspor produk daerah.",
        "Melindungi konsumen melalui pengawasan barang beredar dan jasa.",
    ),
    tugas="melaksanakan urusan pemerintahan bidang perindustrian dan bidang perdagangan yang menjadi kewenangan "
    "daerah provinsi",
    fungsi=(
        "perumusan kebijakan teknis perindustrian, perdagangan dalam dan luar negeri, serta perlindungan konsumen",
        "pembinaan industri kecil dan menengah serta sentra industri",
        "pemantauan harga dan ketersediaan bahan pokok serta barang penting",
        "pengawasan barang beredar dan jasa",
        "pelaksanaan administrasi dinas",
    ),
    units=(
        "Bidang Perindustrian",
        "Bidang Perdagangan Dalam Negeri",
        "Bidang Perdagangan Luar Negeri",
        "Bidang Perlindungan Konsumen dan Tertib Niaga",
    ),
    news=(
        News(
            "Pasar Murah Jaga Harga Beras dan Minyak Goreng",
            "ekonomi",
            ("pasar murah", "bahan pokok"),
            "Disperindag menggelar pasar murah di 11 kabupaten/kota untuk menahan kenaikan harga beras, minyak "
            "goreng, dan gula menjelang akhir tahun.",
            "Warga dapat membeli paket bahan pokok di bawah harga pasar dengan menunjukkan KTP. Pasokan disiapkan "
            "bersama Bulog dan distributor.",
            "Warga antre membeli paket bahan pokok di pasar murah",
        ),
        News(
            "Batik Jambi Tampil di Pameran Kriya Nasional",
            "ekonomi",
            ("batik Jambi", "IKM"),
            "Sebanyak 12 perajin batik dan anyaman Jambi memamerkan produknya di pameran kriya tingkat nasional.",
            "Motif angso duo dan kapal sanggat menjadi daya tarik pengunjung. Disperindag memfasilitasi sewa stan dan "
            "pelatihan pemasaran digital bagi perajin.",
            "Perajin menunjukkan kain batik Jambi bermotif angso duo",
        ),
        News(
            "Pengawasan Barang Beredar Menjelang Akhir Tahun",
            "pelayanan-publik",
            ("perlindungan konsumen", "pengawasan barang"),
            "Tim pengawas memeriksa label berbahasa Indonesia, SNI wajib, dan masa kedaluwarsa produk di toko modern "
            "dan grosir.",
            "Pelaku usaha yang menjual barang tidak sesuai ketentuan diminta menarik produk dari rak. Konsumen dapat "
            "melapor melalui layanan pengaduan konsumen Disperindag.",
            "Petugas memeriksa label produk di rak toko",
        ),
        News(
            "Pelatihan Kemasan dan Sertifikasi Halal bagi IKM Pangan",
            "kegiatan",
            ("IKM", "sertifikasi halal"),
            "Sebanyak 50 pelaku industri kecil pangan olahan dilatih merancang kemasan dan mengurus sertifikat halal.",
            "Peserta berasal dari sentra dodol nanas, keripik pisang, dan kopi bubuk. Produk dengan kemasan dan label "
            "yang baik lebih mudah masuk toko modern.",
            "Pelaku IKM pangan menata produk dalam kemasan baru",
        ),
    ),
    notices=(
        Notice(
            "Jadwal Pasar Murah Bahan Pokok",
            "Pasar murah digelar bergiliran di kabupaten/kota. Jadwal, lokasi, dan daftar harga paket terlampir.",
            12,
        ),
        Notice(
            "Pendaftaran Peserta Pameran Produk Unggulan Daerah",
            "IKM yang ingin mengikuti pameran produk unggulan daerah dapat mendaftar di Bidang Perindustrian dengan "
            "membawa contoh produk dan salinan NIB.",
            18,
        ),
    ),
    events=(
        Event(
            "Pasar Murah Bahan Pokok Kota Jambi",
            "Lapangan Kantor Camat Alam Barajo, Kota Jambi",
            "Penjualan paket beras, minyak goreng, dan gula dengan harga terjangkau.",
            4,
            hour=8,
            hours=4,
        ),
        Event(
            "Pameran Produk Unggulan Daerah",
            "Halaman Kantor Disperindag Provinsi Jambi",
            "Pameran batik, anyaman, kopi, dan pangan olahan IKM Jambi.",
            21,
            hours=9,
        ),
        Event(
            "Rapat Koordinasi Pengendalian Inflasi Daerah",
            "Ruang Rapat Disperindag Provinsi Jambi",
            "Pemantauan harga bahan pokok dan rencana intervensi pasar bersama Bank Indonesia dan Bulog.",
            -6,
        ),
    ),
    services=(
        Service(
            title="Penerbitan Surat Keterangan Asal Barang Ekspor",
            summary="Penerbitan Surat Keterangan Asal (certificate of origin) bagi barang ekspor asal Provinsi Jambi "
            "melalui sistem elektronik.",
            legal_basis=(
                "Undang-Undang Nomor 7 Tahun 2014 tentang Perdagangan",
                "Peraturan Menteri Perdagangan tentang Ketentuan Asal Barang Indonesia dan Penerbitan Surat "
                "Keterangan Asal",
            ),
            requirements=(
                "Akun eksportir terdaftar pada sistem penerbitan SKA elektronik",
                "Pemberitahuan Ekspor Barang",
                "Invoice dan packing list",
                "Bill of lading atau airway bill",
            ),
            procedure=(
                "Eksportir mengajukan permohonan melalui sistem elektronik.",
                "Verifikator memeriksa dokumen dan kesesuaian asal barang.",
                "Pejabat penandatangan menerbitkan Surat Keterangan Asal.",
                "Eksportir mencetak atau mengambil Surat Keterangan Asal.",
            ),
            completion_time="1 (satu) hari kerja sejak dokumen lengkap",
            cost="Gratis",
            product="Surat Keterangan Asal (certificate of origin)",
            facilities="Loket layanan, komputer verifikasi, ruang tunggu",
        ),
        Service(
            title="Layanan Pengaduan Konsumen",
            summary="Penerimaan dan penanganan pengaduan konsumen atas barang dan jasa yang merugikan.",
            legal_basis=(
                "Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen",
                "Peraturan Pemerintah Nomor 58 Tahun 2001 tentang Pembinaan dan Pengawasan Penyelenggaraan "
                "Perlindungan Konsumen",
            ),
            requirements=(
                "Identitas pengadu (KTP)",
                "Kronologi kejadian",
                "Bukti transaksi seperti struk, kuitansi, atau tangkapan layar",
                "Barang atau foto barang yang diadukan",
            ),
            procedure=(
                "Konsumen menyampaikan pengaduan secara langsung, melalui telepon, atau daring.",
                "Petugas mencatat dan menelaah pengaduan.",
                "Disperindag memfasilitasi klarifikasi dengan pelaku usaha.",
                "Bila tidak selesai, konsumen diarahkan ke Badan Penyelesaian Sengketa Konsumen.",
                "Konsumen menerima pemberitahuan hasil penanganan.",
            ),
            completion_time="14 (empat belas) hari kerja sejak pengaduan lengkap",
            cost="Gratis",
            product="Surat tanggapan hasil penanganan pengaduan konsumen",
            facilities="Ruang klarifikasi, telepon pengaduan, formulir daring",
        ),
    ),
    immediate=(
        "Informasi Kelangkaan dan Lonjakan Harga Bahan Pokok",
        "Pemberitahuan segera tentang kelangkaan atau kenaikan tajam harga bahan pokok beserta lokasi operasi pasar.",
    ),
    exempt=Exempt(
        "Dokumen Rahasia Dagang Pelaku Usaha",
        "Formula produk, daftar pemasok, dan data keuangan yang diserahkan pelaku usaha dalam pengurusan fasilitasi.",
        "Pasal 17 huruf b Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik jo. Undang-Undang "
        "Nomor 30 Tahun 2000 tentang Rahasia Dagang.",
        "merugikan pelaku usaha karena rahasia dagangnya dapat dimanfaatkan pesaing secara tidak sehat",
    ),
)
