"""Demo content of Dinas Perkebunan."""

from .records import Agency, Event, Exempt, News, Notice, Person, Service

PLANTATION_LAW = "Undang-Undang Nomor 39 Tahun 2014 tentang Perkebunan"

AGENCY = Agency(
    slug="disbun",
    colours=("#33691e", "#a1887f"),
    street="Jl. Lingkar Barat II No. 10, Kenali Asam Bawah, Kota Jambi 36129",
    phone="(0741) 7553340",
    tagline="Kebun lestari, pekebun sejahtera",
    focus="meningkatkan produktivitas kebun rakyat sawit, karet, kopi, dan kelapa dalam secara berkelanjutan, "
    "sehingga kesejahteraan pekebun ikut meningkat",
    head=Person(
        "Ir. Agus Priyanto, M.Si.",
        ("S1 Agronomi, Institut Pertanian Bogor (1993)", "S2 Ekonomi Pertanian, Universitas Jambi (2002)"),
    ),
    secretary=Person(
        "Dewi Kartika, S.P., M.P.",
        ("S1 Agribisnis, Universitas Jambi (2003)", "S2 Agronomi, Universitas Andalas (2011)"),
    ),
    visi="Terwujudnya perkebunan Jambi yang produktif, berdaya saing, dan berkelanjutan untuk kesejahteraan pekebun.",
    misi=(
        "Meningkatkan produktivitas dan mutu hasil perkebunan rakyat.",
        "Mempercepat peremajaan kebun sawit dan karet rakyat.",
        "Mendorong hilirisasi dan kemitraan usaha perkebunan.",
        "Menerapkan praktik perkebunan berkelanjutan dan mencegah kebakaran lahan.",
    ),
    tugas="melaksanakan urusan pemerintahan bidang pertanian subbidang perkebunan yang menjadi kewenangan daerah "
    "provinsi",
    fungsi=(
        "perumusan kebijakan teknis perkebunan",
        "penyediaan dan pengawasan peredaran benih tanaman perkebunan",
        "pembinaan peremajaan, pemeliharaan, dan perlindungan tanaman perkebunan",
        "penetapan harga tandan buah segar kelapa sawit tingkat pekebun",
        "pelaksanaan administrasi dinas",
    ),
    units=(
        "Bidang Tanaman Tahunan dan Semusim",
        "Bidang Sarana dan Prasarana Perkebunan",
        "Bidang Perlindungan Perkebunan",
        "Bidang Pengolahan, Pemasaran, dan Usaha Perkebunan",
    ),
    news=(
        News(
            "Harga TBS Kelapa Sawit Periode Ini Ditetapkan Naik",
            "ekonomi",
            ("harga TBS", "kelapa sawit"),
            "Tim penetapan harga menetapkan harga tandan buah segar kelapa sawit umur 10–20 tahun naik dibandingkan "
            "periode sebelumnya.",
            "Penetapan harga melibatkan perwakilan perusahaan, asosiasi pekebun, dan pemerintah. Pekebun diimbau "
            "menjual TBS melalui kelembagaan pekebun yang bermitra dengan pabrik agar memperoleh harga sesuai "
            "penetapan.",
            "Pekebun memuat tandan buah segar sawit ke truk",
        ),
        News(
            "Peremajaan Sawit Rakyat Capai 3.000 Hektare di Muaro Jambi dan Batang Hari",
            "pembangunan",
            ("peremajaan sawit", "PSR"),
            "Program Peremajaan Sawit Rakyat telah menjangkau lebih dari 3.000 hektare kebun pekebun swadaya.",
            "Pekebun menerima dana hibah untuk mengganti tanaman tua dengan bibit unggul bersertifikat. Disbun "
            "mendampingi pekebun sejak pengusulan hingga tanaman menghasilkan.",
            "Bibit kelapa sawit unggul siap tanam di lahan peremajaan",
        ),
        News(
            "Pekebun Kopi Liberika Tanjung Jabung Barat Ikuti Sekolah Lapang",
            "kegiatan",
            ("kopi liberika", "sekolah lapang"),
            "Sebanyak 75 pekebun kopi liberika belajar pemangkasan, panen petik merah, dan pascapanen yang baik.",
            "Kopi liberika dari Tanjung Jabung Barat telah memiliki sertifikat indikasi geografis. Pascapanen yang "
            "lebih baik diharapkan menaikkan harga jual di pasar kopi spesialti.",
            "Pekebun memetik buah kopi liberika yang berwarna merah",
        ),
        News(
            "Disbun Bentuk Brigade Pencegahan Kebakaran Kebun di Desa Rawan",
            "kegiatan",
            ("karhutla", "perlindungan perkebunan"),
            "Brigade pencegahan kebakaran dibentuk di 20 desa sentra perkebunan yang rawan kebakaran lahan gambut.",
            "Setiap brigade menerima pompa air, selang, dan pelatihan pemadaman awal. Pekebun juga diajak membuka "
            "lahan tanpa bakar dengan bantuan alat pencacah.",
            "Anggota brigade berlatih memadamkan api di lahan gambut",
        ),
    ),
    notices=(
        Notice(
            "Penetapan Harga TBS Kelapa Sawit Periode Berjalan",
            "Daftar harga TBS menurut umur tanaman untuk periode berjalan terlampir. Harga ini menjadi acuan pembelian "
            "TBS dari pekebun mitra.",
            7,
        ),
        Notice(
            "Pengusulan Calon Penerima Peremajaan Sawit Rakyat",
            "Kelompok tani, gabungan kelompok tani, dan koperasi pekebun dapat mengusulkan calon penerima peremajaan "
            "sawit rakyat melalui dinas yang membidangi perkebunan di kabupaten.",
            40,
        ),
    ),
    events=(
        Event(
            "Rapat Penetapan Harga TBS Kelapa Sawit",
            "Ruang Rapat Dinas Perkebunan Provinsi Jambi",
            "Rapat tim penetapan harga TBS bersama perusahaan, asosiasi pekebun, dan kabupaten.",
            5,
        ),
        Event(
            "Temu Usaha Kemitraan Pekebun dan Pabrik Kelapa Sawit",
            "Aula Dinas Perkebunan Provinsi Jambi",
            "Pertemuan kelembagaan pekebun dengan pabrik kelapa sawit untuk memperluas kemitraan pembelian TBS.",
            13,
        ),
        Event(
            "Sekolah Lapang Kopi Liberika",
            "Kecamatan Betara, Kabupaten Tanjung Jabung Barat",
            "Praktik pemangkasan dan panen petik merah kopi liberika bersama penyuluh.",
            -7,
            hour=8,
            hours=6,
        ),
    ),
    services=(
        Service(
            title="Sertifikasi Mutu Benih Tanaman Perkebunan",
            summary="Sertifikasi mutu benih kelapa sawit, karet, kopi, dan kelapa dalam bagi produsen dan penangkar "
            "benih.",
            legal_basis=(
                PLANTATION_LAW,
                "Undang-Undang Nomor 22 Tahun 2019 tentang Sistem Budi Daya Pertanian Berkelanjutan",
                "Peraturan Menteri Pertanian tentang Produksi, Sertifikasi, Peredaran, dan Pengawasan Benih Tanaman "
                "Perkebunan",
            ),
            requirements=(
                "Surat permohonan sertifikasi",
                "Izin usaha produksi benih atau tanda daftar penangkar",
                "Keterangan asal-usul benih sumber",
                "Data jumlah dan lokasi benih yang akan disertifikasi",
            ),
            procedure=(
                "Penangkar mengajukan permohonan ke UPTD Balai Pengawasan dan Sertifikasi Benih.",
                "Pengawas benih memeriksa lapangan dan mengambil contoh benih.",
                "Contoh benih diuji di laboratorium.",
                "Sertifikat dan label diterbitkan bagi benih yang memenuhi standar.",
            ),
            completion_time="14 (empat belas) hari kerja sejak pemeriksaan lapangan",
            cost="Sesuai tarif retribusi dalam Peraturan Daerah Provinsi Jambi tentang Pajak Daerah dan Retribusi "
            "Daerah",
            product="Sertifikat mutu benih dan label benih bersertifikat",
            facilities="Laboratorium benih, kendaraan pengawasan lapangan, loket layanan",
        ),
        Service(
            title="Rekomendasi Teknis Peremajaan Sawit Rakyat",
            summary="Verifikasi dan rekomendasi teknis atas usulan pekebun swadaya untuk memperoleh dana peremajaan "
            "sawit rakyat.",
            legal_basis=(
                PLANTATION_LAW,
                "Peraturan Presiden Nomor 61 Tahun 2015 tentang Penghimpunan dan Penggunaan Dana Perkebunan Kelapa "
                "Sawit beserta perubahannya",
                "Peraturan Menteri Pertanian tentang Peremajaan Perkebunan Kelapa Sawit",
            ),
            requirements=(
                "Usulan kelembagaan pekebun yang telah diverifikasi kabupaten",
                "Salinan sertifikat hak atas tanah atau surat keterangan tanah",
                "Salinan KTP dan kartu keluarga pekebun",
                "Surat pernyataan lahan tidak berada di kawasan hutan dan tidak bersengketa",
            ),
            procedure=(
                "Dinas kabupaten menyampaikan hasil verifikasi usulan.",
                "Dinas Perkebunan Provinsi memeriksa dokumen dan koordinat kebun.",
                "Tim melakukan uji petik lapangan.",
                "Rekomendasi teknis diterbitkan dan diunggah ke aplikasi peremajaan sawit rakyat.",
            ),
            completion_time="10 (sepuluh) hari kerja sejak usulan lengkap",
            cost="Gratis",
            product="Surat rekomendasi teknis peremajaan sawit rakyat",
            facilities="Ruang verifikasi, peralatan GPS dan peta digital, aplikasi peremajaan sawit rakyat",
        ),
    ),
    immediate=(
        "Peringatan Dini Kebakaran Lahan Perkebunan",
        "Informasi titik panas dan imbauan larangan membuka lahan dengan cara membakar di sentra perkebunan pada musim "
        "kemarau.",
    ),
    exempt=Exempt(
        "Data Pribadi dan Rekening Pekebun Penerima Bantuan",
        "Nomor induk kependudukan, nomor rekening, dan data keuangan pekebun penerima dana peremajaan.",
        "Pasal 17 huruf h angka 3 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik jo. "
        "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.",
        "membuka kondisi keuangan pekebun sehingga berisiko disalahgunakan untuk penipuan atau pembobolan rekening",
    ),
)
