using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>
/// Finds a PDF's active content by looking at every object its cross-reference lists and every object reachable from
/// its catalog (so a damaged cross-reference, which viewers repair, hides nothing): wherever an action sits (the
/// catalog's open action, a page's or an annotation's actions, outlines, form fields), as parsed, so that names written
/// with escapes (<c>/J#53</c>) are seen as what they are.
/// </summary>
internal static class PdfActiveContent
{
    public static ActiveContent Find(PdfDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var structure = document.Structure;
        var seen = new HashSet<IndirectReference>(structure.CrossReferenceTable.ObjectOffsets.Keys);
        var objects = new Queue<IndirectReference>(seen);
        var found = Scan(structure.Catalog.CatalogDictionary, seen, objects);
        while (objects.TryDequeue(out var reference))
        {
            found |= Scan(TryGetObject(structure, reference), seen, objects);
        }

        return found;
    }

    private static IToken? TryGetObject(Structure structure, IndirectReference reference)
    {
        try
        {
            return structure.GetObject(reference).Data;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A broken object is no reason to refuse the document; the pages are read as far as they can be.
            return null;
        }
    }

    /// <summary>The kinds one object shows in its dictionaries and arrays; the objects it refers to not seen yet are queued.</summary>
    private static ActiveContent Scan(IToken? root, HashSet<IndirectReference> seen, Queue<IndirectReference> objects)
    {
        var found = ActiveContent.None;
        var pending = new Stack<IToken>();
        if (root is not null)
        {
            pending.Push(root);
        }

        while (pending.TryPop(out var token))
        {
            switch (token)
            {
                case DictionaryToken dictionary:
                    foreach (var (key, value) in dictionary.Data)
                    {
                        found |= OfKey(key) | (value is NameToken name && key is "S" or "Type" or "Subtype" ? OfName(name.Data) : ActiveContent.None);
                        pending.Push(value);
                    }

                    break;
                case ArrayToken array:
                    foreach (var item in array.Data)
                    {
                        pending.Push(item);
                    }

                    break;
                case StreamToken stream:
                    pending.Push(stream.StreamDictionary);
                    break;
                case IndirectReferenceToken reference when seen.Add(reference.Data):
                    objects.Enqueue(reference.Data);
                    break;
            }
        }

        return found;
    }

    private static ActiveContent OfKey(string key) => key switch
    {
        "JS" or "JavaScript" => ActiveContent.JavaScript,
        "EmbeddedFiles" or "EF" => ActiveContent.EmbeddedFiles,
        _ => ActiveContent.None,
    };

    private static ActiveContent OfName(string name) => name switch
    {
        "JavaScript" => ActiveContent.JavaScript,
        "Launch" => ActiveContent.Launch,
        "FileAttachment" or "EmbeddedFile" => ActiveContent.EmbeddedFiles,
        _ => ActiveContent.None,
    };
}
