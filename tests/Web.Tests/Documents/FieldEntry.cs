using System.Text.RegularExpressions;
using DocArchive.Web.Corrections;

namespace DocArchive.Web.Tests.Documents;

/// <summary>Reads the document page as an officer sees one field: its entry with label, reading, conflicts and form.</summary>
internal static class FieldEntry
{
    /// <summary>The markup of the field's entry (<c>&lt;li id="field-…"&gt;</c> to its end); fails when the page has none.</summary>
    public static string Of(string html, string key)
    {
        var entry = Regex.Match(html, $"""<li id="{Regex.Escape(FieldAnchor.Of(key))}" .*?</li>""", RegexOptions.Singleline);
        Assert.True(entry.Success, $"the page shows no field {key}");
        return entry.Value;
    }
}
