using DocArchive.Ingest.Audit;
using DocArchive.Web.Admin;
using DocArchive.Web.Localization;
using DocArchive.Web.Tests.Localization;

namespace DocArchive.Web.Tests.Admin;

public sealed class AuditTargetsTests
{
    private static readonly UiText Text = new();

    private static readonly Guid DocumentId = Guid.Parse("0193a2b4-0000-7000-8000-000000000001");

    private static readonly Guid PersonId = Guid.Parse("0193a2b4-0000-7000-8000-000000000002");

    [Theory]
    [InlineData(AuditAction.SignInFailed, "wrong name or password", "nama pengguna atau kata sandi salah", null, null)]
    [InlineData(AuditAction.SignInFailed, "locked out", "akun dikunci", null, null)]
    [InlineData(AuditAction.UserChanged, "siti: unlocked", "siti", null, "kunci dibuka")]
    [InlineData(AuditAction.UserChanged, "siti: clerk,analyst", "siti", null, "petugas arsip, analis")]
    [InlineData(AuditAction.WatchView, "/watch?days=60", "60 hari", null, null)]
    [InlineData(AuditAction.WatchView, "/watch", "30 hari", null, null)]
    [InlineData(AuditAction.Export, "persons xlsx: nationality:CHN", "nationality:CHN", null, "Orang, XLSX")]
    [InlineData(AuditAction.DocumentView, "0193a2b4-0000-7000-8000-000000000001 page 2", "kitas.pdf", "/documents/0193a2b4-0000-7000-8000-000000000001", "halaman 2")]
    [InlineData(AuditAction.PersonView, "0193a2b4-0000-7000-8000-000000000002", "ZHANG WEI", "/persons/0193a2b4-0000-7000-8000-000000000002", null)]
    [InlineData(AuditAction.PersonsMerged, "0193a2b4-0000-7000-8000-000000000002 0193a2b4-0000-7000-8000-000000000003", "ZHANG WEI", "/persons/0193a2b4-0000-7000-8000-000000000002", "bersama ZHANG WEL")]
    [InlineData(AuditAction.PersonMergeUndone, "0193a2b4-0000-7000-8000-000000000002 0193a2b4-0000-7000-8000-000000000009", "ZHANG WEI", "/persons/0193a2b4-0000-7000-8000-000000000002", "bersama (tanpa nama)")]
    [InlineData(AuditAction.Search, "zhang wei", "zhang wei", null, null)]
    [InlineData(AuditAction.ReconciliationView, "/reconciliation?district=Kota+Jambi", "Rekapitulasi", "/reconciliation?district=Kota+Jambi", null)]
    [InlineData(AuditAction.ReconciliationPrint, "/reconciliation/report", "Laporan rekapitulasi dan rekonsiliasi TKA", "/reconciliation/report", null)]
    [InlineData(AuditAction.ReviewView, "/api/review?page=3", "halaman 3", null, null)]
    [InlineData(AuditAction.ReviewView, "/review?page=1&saved=corrected&at=review-1", "halaman 1", null, null)]
    [InlineData(AuditAction.DocumentListView, "/documents?status=Failed&type=permit&page=2", "gagal · izin tinggal/kerja", null, "halaman 2")]
    [InlineData(AuditAction.DocumentListView, "/documents", "tanpa saringan", null, "halaman 1")]
    [InlineData(AuditAction.AuditView, "/admin/audit?user=siti&action=AccessDenied&target=zhang&from=2026-12-01&fromtime=08:00&to=2026-12-02",
        "Pengguna: siti · Tindakan: akses ditolak · Sasaran: zhang · Dari: 1 Des 2026 08.00 · Sampai: 2 Des 2026", null, "halaman 1")]
    [InlineData(AuditAction.AuditExport, "/admin/audit?handler=csv", "tanpa saringan", null, null)]
    [InlineData(AuditAction.AccessDenied, "GET /admin/audit?user=siti", "GET /admin/audit?user=siti", null, "perannya tidak mengizinkan")]
    [InlineData(AuditAction.AccessDenied, "POST /api/documents from https://elsewhere.example", "POST /api/documents", null, "dikirim dari situs lain: https://elsewhere.example")]
    [InlineData(AuditAction.AccessDenied, "PUT /api/documents/x/fields/name from no origin", "PUT /api/documents/x/fields/name", null, "dikirim tanpa menyebut asalnya")]
    public void Describe_NamesTheTargetForPeople_InTheUsersLanguage(AuditAction action, string target, string text, string? link, string? detail)
    {
        var described = InterfaceLanguage.In("id", () => AuditTargets.Describe(Text, Entry(action, target), Documents, Persons));

        Assert.Equal(new AuditTarget(text, link, detail), described);
    }

    [Fact]
    public void Describe_NamesTheFieldAndBothValues_WhenAFieldWasCorrected()
    {
        var entry = Entry(AuditAction.FieldCorrection, $"{DocumentId} persons[1].dateOfBirth: 1985-04-21 -> 1985-04-12");

        var english = InterfaceLanguage.In("en", () => AuditTargets.Describe(Text, entry, Documents, Persons));

        Assert.Equal(new AuditTarget("kitas.pdf", $"/documents/{DocumentId}", "Date of birth · person 2: 1985-04-21 → 1985-04-12"), english);
    }

    private static Dictionary<Guid, string> Documents => new() { [DocumentId] = "kitas.pdf" };

    private static Dictionary<Guid, string?> Persons => new() { [PersonId] = "ZHANG WEI", [Guid.Parse("0193a2b4-0000-7000-8000-000000000003")] = "ZHANG WEL" };

    private static AuditEntry Entry(AuditAction action, string target) =>
        new() { Id = 1, At = DateTimeOffset.UnixEpoch, UserName = "kepala", Action = action, Target = target };
}
