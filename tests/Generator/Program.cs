using System.Diagnostics;
using System.Globalization;
using DocArchive.Generator;

var arguments = GeneratorArguments.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine(
        "Usage: dotnet run --project tests/Generator -- --out DIR [--count N] [--seed S] [--captures phone,fax,lowres] [--set development|heldout] | --fixed");
    return 2;
}

var stopwatch = Stopwatch.StartNew();
var documents = arguments.FixedSet
    ? CorpusGenerator.GenerateFixedSet(arguments.Output)
    : CorpusGenerator.Generate(arguments.Output, arguments.Count, arguments.Seed, arguments.Captures, arguments.Layouts);
stopwatch.Stop();

foreach (var group in documents.GroupBy(d => (d.Kind, d.Format, d.Capture)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Format).ThenBy(g => g.Key.Capture))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key.Kind,-20} {group.Key.Format,-16} {CaptureNames.Of(group.Key.Capture),-7} {group.Count(),4}"));
}

var pages = documents.Sum(d => d.Pages);
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"{documents.Count} documents, {pages} pages in {stopwatch.Elapsed.TotalSeconds:0.0} s ({pages / stopwatch.Elapsed.TotalSeconds:0.00} pages/s) into {arguments.Output}"));
return 0;
