namespace DocArchive.Search.Columns;

/// <summary>The values of one keyword column across every segment of a reader, and each segment's ordinals mapped to them.</summary>
internal sealed class GlobalValues
{
    public GlobalValues(IReadOnlyList<string[]> segmentValues)
    {
        ArgumentNullException.ThrowIfNull(segmentValues);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<string>();
        ToGlobal = new int[segmentValues.Count][];
        for (var segment = 0; segment < segmentValues.Count; segment++)
        {
            var local = segmentValues[segment];
            var map = ToGlobal[segment] = new int[local.Length];
            for (var ord = 0; ord < local.Length; ord++)
            {
                if (!index.TryGetValue(local[ord], out var global))
                {
                    global = values.Count;
                    index.Add(local[ord], global);
                    values.Add(local[ord]);
                }

                map[ord] = global;
            }
        }

        Values = [.. values];
    }

    public string[] Values { get; }

    /// <summary>Per segment, its ordinal's index in <see cref="Values"/>.</summary>
    public int[][] ToGlobal { get; }
}
