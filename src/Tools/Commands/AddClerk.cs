namespace DocArchive.Tools.Commands;

/// <summary>Creates the clerk <paramref name="userName"/> with <paramref name="password"/> in the catalog the node settings name (<c>--postgres</c>, <c>--data-dir</c>).</summary>
public delegate Task AddClerk(IReadOnlyDictionary<string, string> node, string userName, string password, CancellationToken cancellationToken);
