"""Demo content of Badan Kesatuan Bangsa dan Politik (a quiet site: no news in the last month)."""

from .records import Agency, Event, Exempt, News, Notice, Person, Service

AGENCY = Agency(
    slug="kesbangpol",
    colours=("#880e4f", "#ffd600"),
    street="Jl. Jend. Basuki Rahmat No. 5, Paal Lima, Kota Jambi 36129",
    phone="(0741) 7551871",
    tagline="Merawat persatuan dalam keberagaman",
    focus="menjaga kerukunan dan persatuan masyarakat Jambi yang beragam, memperkuat wawasan kebangsaan, serta "
    "mendukung demokrasi yang sehat",
    head=Person(
        "Drs. H. Muhammad Idris, M.Si.",
        ("S1 Ilmu Pemerintahan, Universitas Jambi (1992)", "S2 Ilmu Politik, Universitas Gadjah Mada (2002)"),
    ),
    secretary=Person(
        "Lina Oktaviani, S.IP., M.A.P.",
        ("S1 Ilmu Pemerintahan, Universitas Jambi (2004)", "S2 Administrasi Publik, Universitas Jambi (2013)"),
    ),
    visi="Terwujudnya kehidupan masyarakat Jambi yang rukun, demokratis, dan berwawasan kebangsaan.",
    misi=(
        "Memperkuat pemahaman ideologi Pancasila dan wawasan kebangsaan.",
        "Memelihara kerukunan umat beragama dan antarsuku.",
        "Meningkatkan pendidikan politik dan partisipasi masyarakat dalam demokrasi.",
        "Memperkuat kewaspadaan dini dan penanganan konflik sosial.",
    ),
    tugas="melaksanakan urusan pemerintahan umum di bidang pembinaan ideologi Pancasila dan wawasan kebangsaan, "
    "ketahanan ekonomi, sosial, budaya, dan agama, serta politik dalam negeri",
    fungsi=(
        "perumusan kebijakan teknis pembinaan ideologi dan wawasan kebangsaan",
        "fasilitasi Forum Kerukunan Umat Beragama, Forum Pembauran Kebangsaan, dan Forum Kewaspadaan Dini Masyarakat",
        "pelaksanaan pendidikan politik bagi masyarakat dan fasilitasi partai politik",
        "pendataan dan pemberdayaan organisasi kemasyarakatan",
        "pelaksanaan administrasi badan",
    ),
    units=(
        "Bidang Ideologi, Wawasan Kebangsaan, dan Karakter Bangsa",
        "Bidang Politik Dalam Negeri dan Organisasi Kemasyarakatan",
        "Bidang Ketahanan Ekonomi, Sosial, Budaya, Agama, dan Kewaspadaan Nasional",
    ),
    news=(
        News(
            "Dialog Kebangsaan Pelajar Angkat Tema Bhinneka Tunggal Ika",
            "kegiatan",
            ("wawasan kebangsaan", "pelajar"),
            "Sebanyak 300 pelajar SMA dan SMK mengikuti dialog kebangsaan tentang toleransi dan bahaya hoaks di media "
            "sosial.",
            "Narasumber dari kalangan akademisi dan tokoh pemuda mengajak pelajar memeriksa kebenaran informasi "
            "sebelum membagikannya, serta menghargai perbedaan suku dan agama di lingkungan sekolah.",
            "Pelajar mengikuti dialog kebangsaan di gedung pertemuan",
        ),
        News(
            "FKUB Provinsi Jambi Gelar Pertemuan Lintas Iman",
            "pemerintahan",
            ("FKUB", "kerukunan"),
            "Tokoh agama se-Provinsi Jambi bertemu membahas pencegahan konflik dan penguatan moderasi beragama.",
            "Pertemuan menyepakati pembentukan posko pengaduan kerukunan di setiap kabupaten/kota serta kegiatan "
            "bakti sosial bersama lintas iman.",
            "Tokoh lintas agama berdiskusi dalam pertemuan FKUB",
        ),
        News(
            "Pendidikan Politik bagi Pemilih Pemula di Kabupaten Bungo",
            "kegiatan",
            ("pendidikan politik", "pemilih pemula"),
            "Kesbangpol memberikan pendidikan politik kepada 250 pemilih pemula tentang hak pilih dan bahaya politik "
            "uang.",
            "Peserta mempelajari tahapan pemilihan, cara memeriksa daftar pemilih, dan saluran melaporkan pelanggaran "
            "kepada pengawas pemilu.",
            "Pemilih pemula mengikuti pendidikan politik di aula",
        ),
        News(
            "Pendaftaran Organisasi Kemasyarakatan Kini Bisa Daring",
            "pelayanan-publik",
            ("ormas", "layanan daring"),
            "Organisasi kemasyarakatan dapat mengajukan pendaftaran dan pembaruan data melalui layanan daring "
            "Kesbangpol.",
            "Layanan daring mengurangi biaya dan waktu pengurusan. Petugas tetap memverifikasi keberadaan sekretariat "
            "organisasi sebelum surat keterangan diterbitkan.",
            "Petugas Kesbangpol melayani pengurus organisasi kemasyarakatan",
        ),
    ),
    notices=(
        Notice(
            "Penerimaan Permohonan Bantuan Keuangan Partai Politik",
            "Partai politik yang memperoleh kursi di DPRD Provinsi Jambi dapat mengajukan permohonan bantuan keuangan. "
            "Daftar persyaratan terlampir.",
            20,
        ),
        Notice(
            "Pembaruan Data Organisasi Kemasyarakatan Tingkat Provinsi",
            "Pengurus organisasi kemasyarakatan tingkat provinsi diminta memperbarui susunan pengurus dan alamat "
            "sekretariat untuk pemutakhiran basis data ormas.",
            25,
        ),
    ),
    events=(
        Event(
            "Rapat Forum Kewaspadaan Dini Masyarakat",
            "Ruang Rapat Badan Kesbangpol Provinsi Jambi",
            "Pemetaan potensi konflik sosial menjelang akhir tahun bersama unsur TNI, Polri, dan tokoh masyarakat.",
            8,
        ),
        Event(
            "Festival Pembauran Kebangsaan",
            "Lapangan Kantor Gubernur Jambi",
            "Pentas seni dan kuliner dari paguyuban suku se-Provinsi Jambi untuk merayakan keberagaman.",
            19,
            hour=16,
            hours=5,
        ),
        Event(
            "Dialog Kebangsaan Pelajar",
            "Aula Badan Kesbangpol Provinsi Jambi",
            "Dialog tentang toleransi dan literasi digital bagi pelajar SMA dan SMK se-Kota Jambi.",
            -35,
        ),
    ),
    services=(
        Service(
            title="Penerbitan Surat Keterangan Penelitian",
            summary="Surat keterangan penelitian bagi peneliti, mahasiswa, dan lembaga yang meneliti di lebih dari "
            "satu kabupaten/kota di Provinsi Jambi.",
            legal_basis=(
                "Undang-Undang Nomor 11 Tahun 2019 tentang Sistem Nasional Ilmu Pengetahuan dan Teknologi",
                "Peraturan Menteri Dalam Negeri Nomor 3 Tahun 2018 tentang Penerbitan Surat Keterangan Penelitian",
            ),
            requirements=(
                "Surat pengantar dari perguruan tinggi atau lembaga",
                "Proposal penelitian yang memuat lokasi dan waktu penelitian",
                "Salinan KTP peneliti",
                "Surat pernyataan menaati peraturan perundang-undangan dan norma setempat",
            ),
            procedure=(
                "Pemohon mengajukan berkas di loket atau secara daring.",
                "Petugas memeriksa kelengkapan berkas dan lokasi penelitian.",
                "Kepala Badan menandatangani surat keterangan penelitian.",
                "Surat diserahkan kepada pemohon dengan tembusan kepada kabupaten/kota lokasi penelitian.",
            ),
            completion_time="5 (lima) hari kerja sejak berkas lengkap",
            cost="Gratis",
            product="Surat Keterangan Penelitian",
            facilities="Loket layanan, ruang tunggu, layanan daring",
        ),
        Service(
            title="Pendaftaran Organisasi Kemasyarakatan Tingkat Provinsi",
            summary="Pendaftaran organisasi kemasyarakatan tidak berbadan hukum yang berlingkup provinsi.",
            legal_basis=(
                "Undang-Undang Nomor 17 Tahun 2013 tentang Organisasi Kemasyarakatan sebagaimana telah diubah dengan "
                "Undang-Undang Nomor 16 Tahun 2017",
                "Peraturan Menteri Dalam Negeri Nomor 57 Tahun 2017 tentang Pendaftaran dan Pengelolaan Sistem "
                "Informasi Organisasi Kemasyarakatan",
            ),
            requirements=(
                "Akta pendirian atau surat pernyataan pendirian",
                "Anggaran dasar dan anggaran rumah tangga",
                "Program kerja",
                "Susunan pengurus dan salinan KTP pengurus",
                "Surat keterangan domisili sekretariat",
                "Nomor Pokok Wajib Pajak atas nama organisasi",
            ),
            procedure=(
                "Pengurus mengajukan permohonan beserta berkas.",
                "Petugas memverifikasi berkas dan meninjau sekretariat.",
                "Data organisasi dicatat dalam sistem informasi organisasi kemasyarakatan.",
                "Surat keterangan terdaftar diterbitkan.",
            ),
            completion_time="15 (lima belas) hari kerja sejak berkas lengkap",
            cost="Gratis",
            product="Surat Keterangan Terdaftar organisasi kemasyarakatan",
            facilities="Loket layanan, ruang konsultasi, sistem informasi organisasi kemasyarakatan",
        ),
    ),
    immediate=(
        "Imbauan Potensi Gangguan Ketenteraman dan Ketertiban Masyarakat",
        "Imbauan segera kepada masyarakat ketika ada potensi konflik sosial atau gangguan ketertiban yang perlu "
        "diwaspadai.",
    ),
    exempt=Exempt(
        "Laporan Deteksi Dini Potensi Konflik Sosial",
        "Laporan dan hasil pemetaan Forum Kewaspadaan Dini Masyarakat tentang potensi konflik di wilayah tertentu.",
        "Pasal 17 huruf c Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik jo. Undang-Undang "
        "Nomor 7 Tahun 2012 tentang Penanganan Konflik Sosial.",
        "memicu keresahan atau memperuncing konflik serta membahayakan keselamatan sumber informasi",
    ),
    quiet=True,
)
