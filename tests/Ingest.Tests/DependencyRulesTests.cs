using System.Reflection;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using DocArchive.Fixtures;

namespace DocArchive.Ingest.Tests;

/// <summary>
/// The dependency rules of the repository: the tests of Ingest, Search and Tools build without the web host, and native handles
/// (Leptonica, Tesseract) stay inside the reading worker.
/// </summary>
public sealed class DependencyRulesTests
{
    private const string WorkerNamespace = "DocArchive.Ingest.Reading.Worker";

    [Theory]
    [InlineData("tests/Ingest.Tests/DocArchive.Ingest.Tests.csproj", "src/Ingest/DocArchive.Ingest.csproj")]
    [InlineData("tests/Search.Tests/DocArchive.Search.Tests.csproj", "src/Search/DocArchive.Search.csproj")]
    [InlineData("tests/Tools.Tests/DocArchive.Tools.Tests.csproj", "src/Tools/DocArchive.Tools.csproj")]
    public void ProjectReferences_LeaveOutWeb_ForTheTestsOfIngestSearchAndTools(string testProject, string testedProject)
    {
        var referenced = ReferencedProjects(Path.Combine(FixtureRepository.Root, testProject));

        Assert.Contains(Path.GetFullPath(Path.Combine(FixtureRepository.Root, testedProject)), referenced);
        Assert.DoesNotContain(Path.GetFullPath(Path.Combine(FixtureRepository.Root, "src/Web/DocArchive.Web.csproj")), referenced);
    }

    [Fact]
    public void NativeHandles_AreHeldOnlyInsideTheWorker_ForEveryIngestType()
    {
        var native = typeof(IngestOptions).Assembly.GetTypes().Where(HoldsNativeHandles).ToList();

        Assert.Contains(native, type => type.Name == "SafePixHandle");
        Assert.All(native, type => Assert.True(InWorker(type.Namespace), $"{type.FullName} holds native handles outside {WorkerNamespace}."));
    }

    [Fact]
    public void InteropNamespace_IsImportedOnlyInsideTheWorker_ForEverySourceFile()
    {
        var source = Path.Combine(FixtureRepository.Root, "src");
        var worker = Path.Combine(source, "Ingest", "Reading", "Worker") + Path.DirectorySeparatorChar;
        var importers = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(path => File.ReadAllText(path).Contains(WorkerNamespace + ".Interop", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(importers);
        Assert.All(importers, path => Assert.StartsWith(worker, path, StringComparison.Ordinal));
    }

    /// <summary>Every project <paramref name="project"/> builds on, directly or through another project.</summary>
    private static HashSet<string> ReferencedProjects(string project)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            var directory = Path.GetDirectoryName(current)!;
            foreach (var reference in XDocument.Load(current).Descendants("ProjectReference"))
            {
                var path = Path.GetFullPath(Path.Combine(directory, reference.Attribute("Include")!.Value.Replace('\\', '/')));
                if (found.Add(path))
                {
                    pending.Push(path);
                }
            }
        }

        return found;
    }

    private static bool InWorker(string? ns) => ns is not null && (ns == WorkerNamespace || ns.StartsWith(WorkerNamespace + ".", StringComparison.Ordinal));

    /// <summary>A native call, a handle type, or a field, property or signature that carries a handle.</summary>
    private static bool HoldsNativeHandles(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var methods = type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)).ToList();
        return typeof(SafeHandle).IsAssignableFrom(type)
            || methods.Any(method => method.Attributes.HasFlag(MethodAttributes.PinvokeImpl))
            || type.GetFields(all).Any(field => IsHandle(field.FieldType))
            || type.GetProperties(all).Any(property => IsHandle(property.PropertyType))
            || methods.Any(method => method.GetParameters().Any(parameter => IsHandle(parameter.ParameterType)))
            || type.GetMethods(all).Any(method => IsHandle(method.ReturnType));
    }

    private static bool IsHandle(Type type) => typeof(SafeHandle).IsAssignableFrom(type.IsByRef ? type.GetElementType() : type);
}
