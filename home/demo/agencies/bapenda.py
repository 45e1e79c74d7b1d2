"""Demo content of Badan Pendapatan Daerah."""

from .records import Agency, Event, Exempt, News, Notice, Person, Service

HKPD_LAW = "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah"
TAX_BYLAW = "Peraturan Daerah Provinsi Jambi tentang Pajak Daerah dan Retribusi Daerah"

AGENCY = Agency(
    slug="bapenda",
    colours=("#b34700", "#ffcc80"),
    street="Jl. Sultan Thaha No. 22, Pasar Jambi, Kota Jambi 36111",
    phone="(0741) 7551504",
    tagline="Pajak Anda, pembangunan Jambi",
    focus="meningkatkan pendapatan asli daerah dengan layanan pajak yang mudah, cepat, dan transparan, sehingga "
    "hasilnya kembali kepada masyarakat dalam bentuk pembangunan",
    head=Person(
        "Hj. Erna Wati, S.E., M.Ak.",
        ("S1 Akuntansi, Universitas Jambi (1995)", "S2 Akuntansi, Universitas Gadjah Mada (2005)"),
    ),
    secretary=Person(
        "Budi Santoso, S.STP., M.Si.",
        (
            "D4 Ilmu Pemerintahan, Sekolah Tinggi Pemerintahan Dalam Negeri (2002)",
            "S2 Ilmu Pemerintahan, Universitas Padjadjaran (2011)",
        ),
    ),
    visi="Terwujudnya pengelolaan pendapatan daerah yang optimal, transparan, dan melayani.",
    misi=(
        "Mengoptimalkan penerimaan pajak daerah dan retribusi daerah.",
        "Meningkatkan mutu layanan pajak berbasis digital.",
        "Memperluas basis data wajib pajak yang akurat.",
        "Memperkuat koordinasi pemungutan dengan kabupaten/kota dan instansi terkait.",
    ),
    tugas="melaksanakan fungsi penunjang urusan pemerintahan bidang keuangan, khususnya pengelolaan pendapatan daerah",
    fungsi=(
        "perumusan kebijakan teknis pendapatan daerah",
        "pendataan, penetapan, dan pemungutan pajak kendaraan bermotor, bea balik nama kendaraan bermotor, pajak bahan "
        "bakar kendaraan bermotor, pajak air permukaan, dan pajak rokok",
        "penyelenggaraan Samsat bersama Kepolisian Daerah Jambi dan Jasa Raharja",
        "pengendalian dan evaluasi penerimaan pendapatan daerah",
        "pelaksanaan administrasi badan",
    ),
    units=(
        "Bidang Perencanaan dan Pengembangan Pendapatan",
        "Bidang Pajak Daerah",
        "Bidang Retribusi dan Pendapatan Lain-lain",
        "Bidang Pengendalian dan Evaluasi Pendapatan",
    ),
    news=(
        News(
            "Program Pembebasan Denda Pajak Kendaraan Bermotor Diperpanjang",
            "pelayanan-publik",
            ("pajak kendaraan", "pembebasan denda"),
            "Wajib pajak dibebaskan dari denda keterlambatan pajak kendaraan bermotor hingga akhir bulan depan.",
            "Program berlaku di seluruh kantor Samsat, Samsat keliling, dan gerai Samsat. Wajib pajak cukup membawa "
            "KTP dan STNK asli.",
            "Wajib pajak antre di loket Samsat",
        ),
        News(
            "Bayar Pajak Kendaraan Kini Bisa Lewat Samsat Digital",
            "pelayanan-publik",
            ("Samsat digital", "pembayaran nontunai"),
            "Pengesahan STNK tahunan dapat dilakukan tanpa datang ke kantor Samsat melalui aplikasi Samsat digital "
            "resmi.",
            "Setelah membayar, wajib pajak menerima bukti pembayaran dan pengesahan STNK elektronik. Stiker "
            "pengesahan dapat diambil di kantor Samsat terdekat atau dikirim ke alamat wajib pajak.",
            "Wajib pajak membayar pajak kendaraan melalui telepon genggam",
        ),
        News(
            "Samsat Keliling Hadir di Kecamatan Terpencil Kabupaten Tebo",
            "kegiatan",
            ("Samsat keliling", "Tebo"),
            "Layanan Samsat keliling menjangkau tiga kecamatan di Kabupaten Tebo yang jauh dari kantor Samsat induk.",
            "Masyarakat dapat membayar pajak tahunan dan mengesahkan STNK di lokasi. Jadwal Samsat keliling diumumkan "
            "setiap pekan melalui media sosial Bapenda.",
            "Mobil Samsat keliling melayani warga di halaman kantor kecamatan",
        ),
        News(
            "Realisasi Pendapatan Asli Daerah Capai 82 Persen hingga Triwulan III",
            "ekonomi",
            ("PAD", "pendapatan daerah"),
            "Bapenda mencatat realisasi pendapatan asli daerah mencapai 82 persen dari target tahunan hingga akhir "
            "triwulan ketiga.",
            "Pajak kendaraan bermotor dan pajak bahan bakar kendaraan bermotor masih menjadi penyumbang terbesar. "
            "Bapenda mengintensifkan penagihan kepada kendaraan yang menunggak lebih dari satu tahun.",
            "Grafik realisasi pendapatan daerah pada layar presentasi",
        ),
    ),
    notices=(
        Notice(
            "Pembebasan Denda Pajak Kendaraan Bermotor",
            "Pemerintah Provinsi Jambi membebaskan denda keterlambatan pajak kendaraan bermotor. Ketentuan lengkap dan "
            "lokasi layanan terlampir.",
            35,
        ),
        Notice(
            "Jadwal Samsat Keliling Pekan Ini",
            "Samsat keliling melayani di Kantor Camat Jambi Luar Kota (Senin–Selasa), Pasar Angso Duo (Rabu–Kamis), "
            "dan Kantor Camat Sekernan (Jumat), pukul 08.00–12.00 WIB.",
            6,
        ),
    ),
    events=(
        Event(
            "Sosialisasi Pajak Air Permukaan bagi Perusahaan",
            "Ruang Rapat Bapenda Provinsi Jambi",
            "Tata cara pelaporan volume air permukaan dan penghitungan pajak bagi perusahaan perkebunan dan industri.",
            7,
        ),
        Event(
            "Rapat Koordinasi Tim Pembina Samsat",
            "Kantor Bapenda Provinsi Jambi",
            "Koordinasi Bapenda, Ditlantas Polda Jambi, dan Jasa Raharja untuk evaluasi pelayanan Samsat.",
            14,
        ),
        Event(
            "Samsat Keliling di Hari Bebas Kendaraan Bermotor",
            "Kawasan hari bebas kendaraan bermotor Telanaipura",
            "Layanan pembayaran pajak kendaraan tahunan di arena hari bebas kendaraan bermotor.",
            -5,
            hour=6,
            hours=4,
        ),
    ),
    services=(
        Service(
            title="Pembayaran Pajak Kendaraan Bermotor Tahunan",
            summary="Pembayaran pajak kendaraan bermotor dan SWDKLLJ serta pengesahan STNK tahunan di kantor Samsat.",
            legal_basis=(
                HKPD_LAW,
                "Peraturan Presiden Nomor 5 Tahun 2015 tentang Penyelenggaraan Sistem Administrasi Manunggal Satu Atap "
                "Kendaraan Bermotor",
                TAX_BYLAW,
            ),
            requirements=(
                "KTP asli pemilik kendaraan sesuai STNK",
                "STNK asli",
                "Surat kuasa bermeterai bila diwakilkan",
                "BPKB atau surat keterangan leasing untuk pengesahan lima tahunan",
            ),
            procedure=(
                "Wajib pajak mengambil nomor antrean dan menyerahkan berkas di loket pendaftaran.",
                "Petugas menghitung pajak dan SWDKLLJ, lalu menerbitkan surat ketetapan pajak.",
                "Wajib pajak membayar di kasir atau secara nontunai.",
                "Petugas mengesahkan STNK dan menyerahkannya bersama bukti pembayaran.",
            ),
            completion_time="30 (tiga puluh) menit bila berkas lengkap",
            cost="Sesuai nilai pajak dan SWDKLLJ dalam surat ketetapan pajak; tidak ada biaya lain",
            product="STNK yang telah disahkan dan Surat Ketetapan Pajak Daerah",
            facilities="Ruang tunggu, antrean elektronik, loket prioritas bagi lansia dan penyandang disabilitas, "
            "mesin EDC",
        ),
        Service(
            title="Balik Nama Kendaraan Bermotor Bekas",
            summary="Pengurusan balik nama kendaraan bermotor bekas dan penerbitan STNK atas nama pemilik baru.",
            legal_basis=(
                HKPD_LAW,
                "Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan",
                TAX_BYLAW,
            ),
            requirements=(
                "KTP asli pemilik baru",
                "STNK dan BPKB asli",
                "Kuitansi jual beli bermeterai",
                "Hasil cek fisik kendaraan",
            ),
            procedure=(
                "Pemohon melakukan cek fisik kendaraan.",
                "Pemohon mengajukan berkas di loket balik nama.",
                "Petugas menetapkan pajak kendaraan yang terutang.",
                "Pemohon membayar di kasir.",
                "STNK baru diterbitkan; BPKB diproses di Ditlantas Polda Jambi.",
            ),
            completion_time="1 (satu) hari kerja untuk STNK; BPKB sesuai ketentuan Kepolisian",
            cost="Bea balik nama kendaraan bekas tidak dipungut; pemohon membayar pajak kendaraan yang terutang dan "
            "PNBP STNK/BPKB sesuai ketentuan",
            product="STNK atas nama pemilik baru dan Surat Ketetapan Pajak Daerah",
            facilities="Lokasi cek fisik, ruang tunggu, loket khusus balik nama",
        ),
    ),
    immediate=(
        "Informasi Gangguan Sistem Pembayaran Pajak Daerah",
        "Pemberitahuan segera bila sistem Samsat atau kanal pembayaran daring terganggu, beserta perkiraan waktu "
        "pemulihan.",
    ),
    exempt=Exempt(
        "Data Wajib Pajak Perseorangan",
        "Identitas, alamat, kepemilikan kendaraan, dan riwayat pembayaran pajak setiap wajib pajak.",
        f"Pasal 17 huruf h angka 3 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik jo. "
        f"{HKPD_LAW}.",
        "mengungkap kondisi keuangan dan aset seseorang sehingga berisiko disalahgunakan untuk penipuan atau kejahatan",
    ),
)
