namespace DocArchive.Generator.Data;

/// <summary>Work locations, offices and meeting rooms in the provinces where foreign workers are monitored.</summary>
internal static class Places
{
    /// <summary>A district or town and its province.</summary>
    public static IReadOnlyList<(string Place, string Province)> Districts { get; } =
    [
        ("Kabupaten Morowali", "Sulawesi Tengah"), ("Kota Jambi", "Jambi"), ("Tenggarong", "Kalimantan Timur"),
        ("Kabupaten Kutai Kartanegara", "Kalimantan Timur"), ("Kota Batam", "Kepulauan Riau"), ("Kabupaten Halmahera Tengah", "Maluku Utara"),
        ("Kota Kendari", "Sulawesi Tenggara"), ("Kabupaten Konawe", "Sulawesi Tenggara"), ("Kota Balikpapan", "Kalimantan Timur"),
        ("Kabupaten Muara Enim", "Sumatera Selatan"), ("Kabupaten Muaro Jambi", "Jambi"), ("Kota Samarinda", "Kalimantan Timur"),
        ("Kabupaten Bantaeng", "Sulawesi Selatan"), ("Kabupaten Morowali Utara", "Sulawesi Tengah"),
    ];

    public static IReadOnlyList<string> Cities { get; } = ["Jakarta", "Jambi", "Kendari", "Samarinda", "Palu", "Batam", "Makassar", "Sofifi"];

    public static IReadOnlyList<string> MeetingRooms { get; } =
    [
        "Ruang Rapat Kantor Imigrasi Kelas I TPI", "Aula Kantor Kesbangpol", "Ruang Rapat Dinas Tenaga Kerja", "Ruang Rapat Sekretariat Daerah",
        "Aula Badan Kesatuan Bangsa dan Politik",
    ];

    public static IReadOnlyList<string> Agencies { get; } =
    [
        "Kantor Imigrasi", "Badan Kesbangpol", "Dinas Tenaga Kerja dan Transmigrasi", "Kepolisian Resor", "Komando Distrik Militer",
        "Kejaksaan Negeri", "Badan Intelijen Negara Daerah", "Dinas Penanaman Modal dan PTSP",
    ];
}
