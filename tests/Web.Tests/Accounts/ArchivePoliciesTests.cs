using System.Net;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using DocArchive.Web.Accounts;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests.Accounts;

public sealed class ArchivePoliciesTests
{
    /// <summary>Every endpoint of the app, the request that reaches it, and the right it needs (null: any signed-in user).</summary>
    private static readonly (string Route, HttpMethod Method, string Path, string? Right)[] Endpoints =
    [
        ("", HttpMethod.Get, "/", null),
        ("search", HttpMethod.Get, "/search?q=paspor", ArchivePolicies.Read),
        ("documents", HttpMethod.Get, "/documents", ArchivePolicies.Read),
        ("documents/{id:guid}", HttpMethod.Get, $"/documents/{Guid.Empty}", ArchivePolicies.Read),
        ("documents/{id:guid}/correct", HttpMethod.Get, $"/documents/{Guid.Empty}/correct", ArchivePolicies.Correct),
        ("documents/{id:guid}/correct", HttpMethod.Post, $"/documents/{Guid.Empty}/correct", ArchivePolicies.Correct),
        ("review", HttpMethod.Get, "/review", ArchivePolicies.Correct),
        ("/api/review", HttpMethod.Get, "/api/review", ArchivePolicies.Correct),
        ("/api/documents/{id:guid}/fields/{key}", HttpMethod.Put, $"/api/documents/{Guid.Empty}/fields/name", ArchivePolicies.Correct),
        ("/api/documents/{id:guid}/pages/{number:int}/image", HttpMethod.Get, $"/api/documents/{Guid.Empty}/pages/1/image", ArchivePolicies.Read),
        ("upload", HttpMethod.Get, "/upload", ArchivePolicies.Upload),
        ("export", HttpMethod.Get, "/export?q=paspor", ArchivePolicies.Export),
        ("export", HttpMethod.Get, "/export?handler=file&q=paspor&kind=Persons", ArchivePolicies.Export),
        ("statistics", HttpMethod.Get, "/statistics", ArchivePolicies.Statistics),
        ("/api/statistics", HttpMethod.Get, "/api/statistics", ArchivePolicies.Statistics),
        ("admin/users", HttpMethod.Get, "/admin/users", ArchivePolicies.Admin),
        ("admin/audit", HttpMethod.Get, "/admin/audit", ArchivePolicies.Admin),
        ("admin/documents/{id:guid}/withdraw", HttpMethod.Get, $"/admin/documents/{Guid.Empty}/withdraw", ArchivePolicies.Admin),
        ("admin/audit", HttpMethod.Get, "/admin/audit?handler=csv", ArchivePolicies.Admin),
        ("account/signout", HttpMethod.Get, "/account/signout", null),
        ("/api/search", HttpMethod.Get, "/api/search?q=paspor", ArchivePolicies.Read),
        ("/api/documents/{id:guid}", HttpMethod.Get, $"/api/documents/{Guid.Empty}", ArchivePolicies.Read),
        ("/api/documents/{id:guid}/original", HttpMethod.Get, $"/api/documents/{Guid.Empty}/original", ArchivePolicies.Read),
        ("/api/documents/{id:guid}/searchable", HttpMethod.Get, $"/api/documents/{Guid.Empty}/searchable", ArchivePolicies.Read),
        ("/api/documents", HttpMethod.Post, "/api/documents", ArchivePolicies.Upload),
        ("/api/uploads", HttpMethod.Get, "/api/uploads", ArchivePolicies.Upload),
        ("/api/uploads/{id:guid}", HttpMethod.Get, $"/api/uploads/{Guid.Empty}", ArchivePolicies.Upload),
        ("/hangfire/{**path}", HttpMethod.Get, "/hangfire", ArchivePolicies.Admin),
        ("persons/{id:guid}", HttpMethod.Get, $"/persons/{Guid.Empty}", ArchivePolicies.Read),
        ("persons/{id:guid}/same", HttpMethod.Get, $"/persons/{Guid.Empty}/same", ArchivePolicies.Correct),
        ("persons/{id:guid}/same", HttpMethod.Post, $"/persons/{Guid.Empty}/same?handler=merge", ArchivePolicies.Correct),
        ("/api/persons/{id:guid}/same", HttpMethod.Get, $"/api/persons/{Guid.Empty}/same", ArchivePolicies.Read),
        ("/api/persons/{id:guid}/same/{other:guid}/merge", HttpMethod.Post, $"/api/persons/{Guid.Empty}/same/{Guid.Empty}/merge", ArchivePolicies.Correct),
        ("/api/persons/{id:guid}/same/{other:guid}/different", HttpMethod.Post, $"/api/persons/{Guid.Empty}/same/{Guid.Empty}/different", ArchivePolicies.Correct),
        ("/api/persons/merges/{decision:guid}/undo", HttpMethod.Post, $"/api/persons/merges/{Guid.Empty}/undo", ArchivePolicies.Correct),
        ("/api/persons/{id:guid}", HttpMethod.Get, $"/api/persons/{Guid.Empty}", ArchivePolicies.Read),
        ("companies/{key}", HttpMethod.Get, "/companies/sinar-batu", ArchivePolicies.Read),
        ("/api/companies/{key}", HttpMethod.Get, "/api/companies/sinar-batu", ArchivePolicies.Read),
        ("watch", HttpMethod.Get, "/watch", ArchivePolicies.Read),
        ("/api/watch", HttpMethod.Get, "/api/watch", ArchivePolicies.Read),
        ("reconciliation", HttpMethod.Get, "/reconciliation", ArchivePolicies.Read),
        ("reconciliation", HttpMethod.Get, "/reconciliation?handler=file&list=known", ArchivePolicies.Export),
        ("reconciliation/report", HttpMethod.Get, "/reconciliation/report", ArchivePolicies.Read),
        ("/api/reconciliation", HttpMethod.Get, "/api/reconciliation", ArchivePolicies.Read),
        ("/api/reconciliation/persons", HttpMethod.Get, "/api/reconciliation/persons?source=known", ArchivePolicies.Read),
    ];

    /// <summary>The pages anyone may open.</summary>
    private static readonly string[] Anonymous = ["account/signin", "account/denied", "account/language", "health", "error/{code:int}", "setup"];

    [Fact]
    public void Endpoints_AreEachGivenARight_WhenTheAppIsBuilt()
    {
        using var app = new DocArchiveApplication();
        var known = Endpoints.Select(e => e.Route.TrimStart('/')).Concat(Anonymous).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(Routes(app), route => Assert.Contains(route, known));
    }

    [Fact]
    public async Task Request_IsAllowedOnlyWithTheRight_ForEveryEndpointAndRole()
    {
        await using var app = new DocArchiveApplication();
        var failures = new List<string>();
        using var anonymous = app.CreateAnonymousClient();
        var routes = Routes(app);
        var endpoints = Endpoints.Where(e => routes.Contains(e.Route.TrimStart('/'))).ToList();
        Assert.True(endpoints.Count >= 15, $"only {endpoints.Count} endpoints of the table are mapped");
        var refused = 0;
        foreach (var role in ArchiveRoles.All)
        {
            using var client = await app.CreateSignedInClientAsync(role);
            foreach (var (_, method, path, right) in endpoints)
            {
                var allowed = right is null || ArchivePolicies.Rights[right].Contains(role);
                refused += allowed ? 0 : 1;
                using var response = await client.SendAsync(new HttpRequestMessage(method, path));
                if (allowed == IsRefused(response, path))
                {
                    failures.Add($"{role} {method} {path}: {(int)response.StatusCode} {response.Headers.Location}, expected {(allowed ? "allowed" : "refused")}");
                }
            }
        }

        foreach (var (_, method, path, _) in endpoints)
        {
            using var response = await anonymous.SendAsync(new HttpRequestMessage(method, path));
            var expected = path.StartsWith("/api/", StringComparison.Ordinal) ? "401" : "a redirect to sign in";
            var signInAsked = path.StartsWith("/api/", StringComparison.Ordinal)
                ? response.StatusCode == HttpStatusCode.Unauthorized
                : response.Headers.Location?.OriginalString.Contains(AccountsHostExtensions.SignInPath, StringComparison.Ordinal) == true;
            if (!signInAsked)
            {
                failures.Add($"anonymous {method} {path}: {(int)response.StatusCode} {response.Headers.Location}, expected {expected}");
            }
        }

        Assert.Empty(failures);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(refused, await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries.CountAsync(e => e.Action == AuditAction.AccessDenied));
    }

    /// <summary>The route patterns the app maps, without the leading slash.</summary>
    private static HashSet<string> Routes(DocArchiveApplication app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText?.TrimStart('/') ?? "")
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>401/403 for the API; for pages, a redirect to the sign-in or refusal page.</summary>
    private static bool IsRefused(HttpResponseMessage response, string path) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString is { } location
            && (location.Contains(AccountsHostExtensions.DeniedPath, StringComparison.Ordinal)
                || location.Contains(AccountsHostExtensions.SignInPath, StringComparison.Ordinal))
            && path != "/");
}
