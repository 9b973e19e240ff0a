namespace DocArchive.Web.Health;

/// <summary>What <c>/health</c> answers: the node is up, and which role it runs.</summary>
public sealed record HealthResponse(string Status, string Role);
