using DocArchive.Ingest.Jobs;

namespace DocArchive.Web.Health;

/// <summary><c>GET /health</c>: every role answers it, without sign-in, so a load balancer or a supervisor can tell a node is up.</summary>
public static class HealthEndpoints
{
    public const string Path = "/health";

    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var role = NodeRoles.From(app.ServiceProvider.GetRequiredService<IConfiguration>());
        app.MapGet(Path, () => TypedResults.Ok(new HealthResponse("ok", role.ToString().ToLowerInvariant()))).AllowAnonymous();
        return app;
    }
}
