namespace DocArchive.Text;

/// <summary>How a country is named to people: <c>Tiongkok</c> in Indonesian, <c>China</c> in English.</summary>
public sealed record NationalityName(string Indonesian, string English);
