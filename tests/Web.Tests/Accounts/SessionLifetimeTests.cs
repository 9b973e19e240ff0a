using System.Net;
using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Tests.Accounts;

public sealed class SessionLifetimeTests
{
    [Fact]
    public async Task Request_IsSentToSignIn_WhenTheUserDidNothingForTheIdleTimeout()
    {
        var clock = new MovingClock(DateTimeOffset.UtcNow);
        await using var app = new DocArchiveApplication(clock: clock);
        using var officer = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        clock.Advance(TimeSpan.FromMinutes(29));
        using var active = await officer.GetAsync(new Uri("/watch", UriKind.Relative));

        clock.Advance(TimeSpan.FromMinutes(31));
        using var idle = await officer.GetAsync(new Uri("/watch", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.StartsWith("/account/signin", idle.Headers.Location?.AbsolutePath, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Request_IsSentToSignIn_WhenTheSignInIsOlderThanTheSessionLifetime_HoweverActive()
    {
        var clock = new MovingClock(DateTimeOffset.UtcNow);
        await using var app = new DocArchiveApplication(clock: clock);
        using var officer = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        var answers = new List<HttpStatusCode>();
        for (var quarter = 0; quarter <= 8 * 4; quarter++)
        {
            clock.Advance(TimeSpan.FromMinutes(15));
            using var response = await officer.GetAsync(new Uri("/watch", UriKind.Relative));
            answers.Add(response.StatusCode);
        }

        Assert.All(answers[..^1], status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.Redirect, answers[^1]);
    }
}
