using System.Text.RegularExpressions;
using DocArchive.Fixtures;

namespace DocArchive.Ingest.Tests;

/// <summary>
/// What each folder may use (docs/architecture.md, "What each part may use"), checked on the sources: the namespaces a
/// file imports or names in full, and where Web reads the catalog in place.
/// </summary>
public sealed partial class FolderRulesTests
{
    /// <summary>
    /// Each folder with the namespaces of ours it may use besides its own and those below it; <c>.*</c> allows the ones
    /// below a namespace too. A file belongs to the longest folder that holds it.
    /// </summary>
    private static readonly (string Folder, string[] Allowed)[] Rules =
    [
        ("src/Text", []),
        ("src/Search", ["DocArchive.Text"]),
        ("src/Ingest/Reading/Protocol", []),
        ("src/Ingest/Reading/Worker", ["DocArchive.Ingest.Reading", "DocArchive.Ingest.Reading.Protocol"]),
        ("src/Ingest/Reading", ["DocArchive.Ingest.Reading.Protocol", "DocArchive.Ingest.Blobs"]),
        ("src/Ingest/Blobs", ["DocArchive.Ingest.Reading"]),
        ("src/Ingest/Extraction", ["DocArchive.Ingest.Reading", "DocArchive.Text"]),
        ("src/Ingest/Model", ["DocArchive.Ingest.Extraction", "DocArchive.Ingest.Reading", "DocArchive.Text"]),
        ("src/Ingest/Accounts", []),
        ("src/Ingest/Audit", ["DocArchive.Ingest.Accounts", "DocArchive.Ingest.Catalog"]),
        ("src/Ingest/Register", ["DocArchive.Ingest.Model", "DocArchive.Ingest.Catalog", "DocArchive.Ingest.Extraction.*", "DocArchive.Text"]),
        ("src/Ingest/Catalog", ["DocArchive.Ingest.Model", "DocArchive.Ingest.Accounts", "DocArchive.Ingest.Audit", "DocArchive.Ingest.Extraction", "DocArchive.Ingest.Reading", "DocArchive.Ingest.Register.Persons", "DocArchive.Ingest.Blobs", "DocArchive.Search.Indexing"]),
        ("src/Ingest/Corrections", ["DocArchive.Ingest.Model", "DocArchive.Ingest.Catalog", "DocArchive.Ingest.Extraction", "DocArchive.Ingest.Jobs", "DocArchive.Ingest.Register.Persons"]),
        ("src/Ingest/Jobs", ["DocArchive.Ingest.*", "DocArchive.Search.Indexing", "DocArchive.Text"]),
    ];

    private static readonly HashSet<string> DeclaredNamespaces =
        [.. SourceFiles("src").Select(OwnNamespace).Where(ns => ns.Length > 0)];

    public static TheoryData<string> Folders() => [.. Rules.Select(rule => rule.Folder)];

    [Theory]
    [MemberData(nameof(Folders))]
    public void Namespaces_UsedByAFolder_AreTheOnesItMayUse(string folder)
    {
        var allowed = Rules.Single(rule => rule.Folder == folder).Allowed;
        var files = SourceFiles(folder).Where(path => OwningFolder(path) == folder).ToList();

        Assert.NotEmpty(files);
        var broken = files
            .SelectMany(path => NamesUsed(path).Where(name => !MayUse(OwnNamespace(path), name, allowed)).Select(name => $"{Relative(path)} uses {name}"))
            .ToList();
        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
    }

    [Fact]
    public void WorkerNamespace_IsUsedOutsideTheWorker_OnlyByTheProgramsEntry_InTheProductionAssemblies()
    {
        var users = SourceFiles("src")
            .Where(path => OwningFolder(path) != "src/Ingest/Reading/Worker" && !Relative(path).StartsWith("src/Tools/", StringComparison.Ordinal))
            .Where(path => NamesUsed(path).Any(name => Within(name, "DocArchive.Ingest.Reading.Worker")))
            .Select(Relative)
            .ToList();

        Assert.Equal(["src/Web/Program.cs"], users);
    }

    /// <summary>
    /// A Web type that queries <c>CatalogDbContext</c> in place serves its own feature folder only (a page, its API, their
    /// helpers); a read that two features need is a query service of the domain.
    /// </summary>
    [Fact]
    public void InPlaceCatalogReads_ServeOnlyTheirOwnFeatureFolder_ForEveryWebType()
    {
        var web = SourceFiles("src/Web").ToList();
        var readers = web
            .Where(path => QueriesTheCatalog(File.ReadAllText(path)))
            .SelectMany(path => DeclaredTypes(path).Select(type => (Type: type, Feature: Feature(path))))
            .ToList();

        Assert.Contains(readers, reader => reader.Type == "DocumentModel");
        var strays = (
            from reader in readers
            from path in web
            where Feature(path) is { } feature && feature != reader.Feature
                && Regex.IsMatch(File.ReadAllText(path), $@"\b{reader.Type}\b")
            select $"{Relative(path)} uses {reader.Type} of {reader.Feature}").ToList();
        Assert.True(strays.Count == 0, string.Join(Environment.NewLine, strays));
    }

    [Fact]
    public void CatalogWrites_GoThroughDomainServices_NeverInPlaceFromWeb()
    {
        var writers = SourceFiles("src/Web")
            .Where(path => WriteCall().IsMatch(File.ReadAllText(path)))
            .Select(Relative)
            .ToList();

        Assert.Empty(writers);
    }

    /// <summary>Whether a file takes the catalog's context and names one of its tables (a file that only wires Identity to it does not).</summary>
    private static bool QueriesTheCatalog(string text) =>
        text.Contains("CatalogDbContext", StringComparison.Ordinal) && CatalogTables.Value.Any(table => text.Contains("." + table, StringComparison.Ordinal));

    private static readonly Lazy<string[]> CatalogTables = new(() =>
        [.. TableProperty().Matches(File.ReadAllText(Path.Combine(FixtureRepository.Root, "src/Ingest/Catalog/CatalogDbContext.cs"))).Select(match => match.Groups[1].Value)]);

    private static bool MayUse(string own, string name, string[] allowed) =>
        Within(name, FolderNamespace(own))
        || allowed.Any(rule => rule.EndsWith(".*", StringComparison.Ordinal) ? Within(name, rule[..^2]) : name == rule);

    /// <summary>The namespace of the folder a namespace starts in: <c>DocArchive.Ingest.Extraction.Mrz</c> is in <c>DocArchive.Ingest.Extraction</c>.</summary>
    private static string FolderNamespace(string own)
    {
        var folder = Rules.Select(rule => FolderToNamespace(rule.Folder)).Where(ns => Within(own, ns)).MaxBy(ns => ns.Length);
        return folder ?? own;
    }

    private static string FolderToNamespace(string folder) => "DocArchive." + string.Join('.', folder.Split('/').Skip(1));

    private static bool Within(string name, string ns) => name == ns || name.StartsWith(ns + ".", StringComparison.Ordinal);

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(FixtureRepository.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(path => !Relative(path).Split('/').Any(part => part is "bin" or "obj" or "Migrations" or "PostgresMigrations"))
            .Order(StringComparer.Ordinal);

    private static string? OwningFolder(string path) =>
        Rules.Select(rule => rule.Folder).Where(folder => Relative(path).StartsWith(folder + "/", StringComparison.Ordinal)).MaxBy(folder => folder.Length);

    /// <summary>
    /// The first folder below <c>src/Web</c> (a feature); null for the host's wiring: the files at Web's root (routes,
    /// services) and the verb table <c>Commands/Verbs.cs</c>.
    /// </summary>
    private static string? Feature(string path)
    {
        var parts = Relative(path).Split('/');
        return parts.Length > 3 && Relative(path) != "src/Web/Commands/Verbs.cs" ? parts[2] : null;
    }

    private static string Relative(string path) => Path.GetRelativePath(FixtureRepository.Root, path).Replace('\\', '/');

    private static string OwnNamespace(string path) => FileNamespace().Match(File.ReadAllText(path)).Groups[1].Value;

    /// <summary>The namespaces of ours a file imports or names in full (<c>DocArchive.Ingest.Model.Document</c> names <c>DocArchive.Ingest.Model</c>).</summary>
    private static IEnumerable<string> NamesUsed(string path)
    {
        var text = File.ReadAllText(path);
        var own = OwnNamespace(path);
        return QualifiedName().Matches(FileNamespace().Replace(text, ""))
            .Select(match => NamespacePart(match.Value))
            .Where(name => name != own)
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>The longest namespace declared in <c>src</c> that a qualified name starts with (a type's name without the type).</summary>
    private static string NamespacePart(string qualified) =>
        DeclaredNamespaces.Where(ns => Within(qualified, ns)).MaxBy(ns => ns.Length) ?? qualified;

    private static IEnumerable<string> DeclaredTypes(string path) =>
        TypeDeclaration().Matches(File.ReadAllText(path)).Select(match => match.Groups[1].Value);

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"\bDocArchive(\.\w+)+")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"^(?:public |internal |private |file )?(?:(?:sealed|static|abstract|partial|readonly) )*(?:class|record|struct|interface|enum)(?: struct| class)? (\w+)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"public DbSet<\w+> (\w+) =>")]
    private static partial Regex TableProperty();

    [GeneratedRegex(@"\b(SaveChanges(Async)?|ExecuteUpdate(Async)?|ExecuteDelete(Async)?)\(")]
    private static partial Regex WriteCall();
}
