namespace DocArchive.Web.Search;

/// <summary>How many documents of a type the archive holds; <see cref="Type"/> null for those not read yet.</summary>
public sealed record SearchStartType(string? Type, int Documents);
