"""Demo content of Badan Pengembangan Sumber Daya Manusia."""

from .records import Agency, Event, Exempt, News, Notice, Person, Service

AGENCY = Agency(
    slug="bpsdm",
    colours=("#01579b", "#ff7043"),
    street="Jl. Prof. Dr. Sri Soedewi Masjchun Sofwan No. 1, Telanaipura, Kota Jambi 36124",
    phone="(0741) 7552718",
    tagline="Belajar sepanjang karier",
    focus="menyiapkan aparatur yang kompeten melalui pelatihan yang relevan, terukur, dan dapat diikuti dari mana saja",
    head=Person(
        "Dr. Mulyadi Harun, S.Pd., M.Pd.",
        (
            "S1 Pendidikan Ekonomi, Universitas Jambi (1996)",
            "S2 Manajemen Pendidikan, Universitas Negeri Jakarta (2004)",
            "S3 Ilmu Administrasi, Universitas Padjadjaran (2016)",
        ),
    ),
    secretary=Person(
        "Desi Ratnasari, S.Psi., M.M.",
        ("S1 Psikologi, Universitas Gadjah Mada (2005)", "S2 Manajemen Sumber Daya Manusia, Universitas Jambi (2013)"),
    ),
    visi="Menjadi pusat pengembangan kompetensi aparatur yang unggul dan adaptif di Provinsi Jambi.",
    misi=(
        "Menyelenggarakan pelatihan kepemimpinan, teknis, dan fungsional yang bermutu.",
        "Mengembangkan pembelajaran terintegrasi berbasis digital (corporate university).",
        "Meningkatkan kompetensi widyaiswara dan pengelola pelatihan.",
        "Menjalin kemitraan dengan perguruan tinggi dan lembaga pelatihan.",
    ),
    tugas="melaksanakan fungsi penunjang urusan pemerintahan bidang pendidikan dan pelatihan aparatur",
    fungsi=(
        "penyusunan kebijakan teknis pengembangan kompetensi aparatur",
        "penyelenggaraan pelatihan kepemimpinan dan pelatihan dasar CPNS",
        "penyelenggaraan pelatihan teknis dan fungsional",
        "penilaian dan pemetaan kompetensi aparatur",
        "pelaksanaan administrasi badan",
    ),
    units=(
        "Bidang Pengembangan Kompetensi Kepemimpinan",
        "Bidang Pengembangan Kompetensi Teknis dan Fungsional",
        "Bidang Sertifikasi Kompetensi dan Pengelolaan Kelembagaan",
    ),
    news=(
        News(
            "Pelatihan Dasar CPNS Angkatan III Resmi Ditutup",
            "kegiatan",
            ("latsar CPNS", "pelatihan"),
            "Sebanyak 120 CPNS menyelesaikan pelatihan dasar dan memaparkan rancangan aktualisasi nilai dasar ASN di "
            "unit kerjanya.",
            "Beberapa aktualisasi terbaik, seperti antrean daring di puskesmas dan arsip digital di sekolah, akan "
            "didampingi agar dapat diterapkan di unit kerja peserta.",
            "Peserta pelatihan dasar CPNS berbaris di lapangan kampus BPSDM",
        ),
        News(
            "BPSDM Luncurkan Kelas Daring Jambi Belajar",
            "pendidikan",
            ("pembelajaran daring", "corporate university"),
            "ASN dapat mengikuti 25 kelas daring mandiri, mulai penulisan naskah dinas hingga analisis data, tanpa "
            "meninggalkan tempat tugas.",
            "Setiap kelas dilengkapi ujian akhir dan sertifikat elektronik yang dihitung sebagai jam pelajaran "
            "pengembangan kompetensi, sesuai kewajiban paling sedikit 20 jam pelajaran setahun.",
            "ASN mengikuti kelas daring melalui laptop",
        ),
        News(
            "Pejabat Pengawas dari Sebelas Kabupaten/Kota Ikuti Pelatihan Kepemimpinan",
            "pemerintahan",
            ("PKP", "kepemimpinan"),
            "Sebanyak 60 pejabat pengawas dari kabupaten/kota se-Provinsi Jambi mengikuti Pelatihan Kepemimpinan "
            "Pengawas.",
            "Peserta menyusun aksi perubahan di unit kerja masing-masing dan dibimbing coach serta mentor selama masa "
            "habituasi.",
            "Widyaiswara memandu diskusi kelompok peserta pelatihan kepemimpinan",
        ),
        News(
            "Uji Kompetensi Jabatan Fungsional Kini Berbasis Komputer",
            "kegiatan",
            ("uji kompetensi", "jabatan fungsional"),
            "BPSDM menyelenggarakan uji kompetensi kenaikan jenjang jabatan fungsional dengan sistem berbasis "
            "komputer.",
            "Nilai peserta langsung tampil setelah ujian selesai sehingga hasilnya lebih transparan. Peserta yang "
            "belum "
            "lulus dapat mengikuti ujian ulang pada periode berikutnya.",
            "Peserta uji kompetensi mengerjakan soal di ruang komputer",
        ),
    ),
    notices=(
        Notice(
            "Pemanggilan Peserta Pelatihan Kepemimpinan Administrator Angkatan II",
            "Peserta yang namanya tercantum dalam lampiran diminta melapor di kampus BPSDM Provinsi Jambi dengan "
            "membawa surat tugas dan perlengkapan pribadi.",
            12,
        ),
        Notice(
            "Pendaftaran Kelas Daring Jambi Belajar Gelombang Berikutnya",
            "Pendaftaran dibuka melalui laman pembelajaran BPSDM dengan akun SIASN. Kuota setiap kelas 200 peserta.",
            21,
        ),
    ),
    events=(
        Event(
            "Pembukaan Pelatihan Kepemimpinan Administrator Angkatan II",
            "Kampus BPSDM Provinsi Jambi",
            "Pembukaan pelatihan kepemimpinan administrator bagi 40 pejabat administrator.",
            4,
            hour=8,
            hours=2,
        ),
        Event(
            "Seminar Aksi Perubahan Peserta PKP",
            "Aula Kampus BPSDM Provinsi Jambi",
            "Peserta memaparkan hasil aksi perubahan di hadapan penguji, coach, dan mentor.",
            16,
            hour=8,
            hours=8,
        ),
        Event(
            "Rapat Evaluasi Penyelenggaraan Pelatihan Dasar CPNS",
            "Ruang Rapat BPSDM Provinsi Jambi",
            "Evaluasi penyelenggaraan pelatihan dasar CPNS bersama widyaiswara dan perangkat daerah pengirim peserta.",
            -13,
        ),
    ),
    services=(
        Service(
            title="Penyelenggaraan Pelatihan Teknis bagi Perangkat Daerah",
            summary="Pelatihan teknis sesuai kebutuhan kompetensi perangkat daerah provinsi dan kabupaten/kota.",
            legal_basis=(
                "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
                "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil beserta perubahannya",
                "Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan Kompetensi Pegawai "
                "Negeri Sipil",
            ),
            requirements=(
                "Surat permohonan dari kepala perangkat daerah",
                "Analisis kebutuhan pelatihan dan daftar calon peserta",
                "Kesanggupan pembiayaan bagi peserta dari luar Pemerintah Provinsi Jambi",
            ),
            procedure=(
                "Perangkat daerah mengajukan permohonan pelatihan.",
                "BPSDM menelaah kebutuhan dan menyusun kurikulum.",
                "BPSDM menetapkan jadwal, pengajar, dan peserta.",
                "Pelatihan dilaksanakan dan dievaluasi.",
                "Peserta yang lulus menerima sertifikat elektronik.",
            ),
            completion_time="Penjadwalan paling lama 14 (empat belas) hari kerja sejak permohonan lengkap",
            cost="Gratis bagi ASN Pemerintah Provinsi Jambi; peserta dari luar membayar kontribusi sesuai Peraturan "
            "Daerah tentang Pajak Daerah dan Retribusi Daerah",
            product="Sertifikat pelatihan dan laporan hasil pelatihan",
            facilities="Ruang kelas, asrama, laboratorium komputer, perpustakaan, dan aula",
        ),
        Service(
            title="Penerbitan Sertifikat Pelatihan Pengganti",
            summary="Penerbitan pengganti sertifikat pelatihan yang hilang atau rusak.",
            legal_basis=(
                "Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan Kompetensi Pegawai "
                "Negeri Sipil",
                "Peraturan Gubernur Jambi tentang Standar Pelayanan Perangkat Daerah",
            ),
            requirements=(
                "Surat permohonan yang diketahui atasan langsung",
                "Surat keterangan kehilangan dari kepolisian atau sertifikat yang rusak",
                "Salinan KTP dan kartu pegawai",
            ),
            procedure=(
                "Pemohon menyerahkan berkas di meja layanan.",
                "Petugas mencocokkan data dengan arsip peserta pelatihan.",
                "Sertifikat pengganti dicetak dan ditandatangani secara elektronik.",
                "Sertifikat diserahkan langsung atau dikirim melalui surel.",
            ),
            completion_time="3 (tiga) hari kerja",
            cost="Gratis",
            product="Sertifikat pelatihan pengganti",
            facilities="Meja layanan, arsip digital peserta pelatihan",
        ),
    ),
    immediate=(
        "Informasi Keadaan Darurat di Kampus dan Asrama Pelatihan",
        "Pemberitahuan segera kepada peserta pelatihan tentang keadaan darurat, wabah penyakit, atau evakuasi di "
        "kampus dan asrama BPSDM.",
    ),
    exempt=Exempt(
        "Bank Soal Uji Kompetensi dan Evaluasi Pelatihan",
        "Kumpulan soal dan kunci jawaban uji kompetensi jabatan fungsional serta evaluasi akhir pelatihan.",
        "Pasal 17 huruf i dan huruf j Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.",
        "merusak objektivitas uji kompetensi karena peserta dapat mengetahui soal dan kunci jawaban sebelum ujian",
    ),
)
