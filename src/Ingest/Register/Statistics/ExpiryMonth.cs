namespace DocArchive.Ingest.Register.Statistics;

/// <summary>How many workers' latest permit ends in the month that begins on <see cref="Month"/>, from today on.</summary>
public sealed record ExpiryMonth(DateOnly Month, int Persons);
