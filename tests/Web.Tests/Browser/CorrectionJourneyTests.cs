using DocArchive.Ingest.Accounts;
using DocArchive.Web.Tests.Corrections;
using Microsoft.Playwright;

namespace DocArchive.Web.Tests.Browser;

public sealed class CorrectionJourneyTests
{
    [BrowserFact]
    public async Task Correct_ShowsTheOfficersValueOnThePageAndInSearch_WhenAnOfficerCorrectsAName()
    {
        await using var session = await BrowserSession.StartAsync();
        var clerk = await session.SignInAsync(ArchiveRoles.Clerk);
        await clerk.SetInputFilesAsync("input[type=file]", new FilePayload
        {
            Name = "kitas-wang.pdf", MimeType = "application/pdf", Buffer = CorrectionSteps.Permit("E23456789"),
        });
        await clerk.ClickAsync("form[data-max-bytes] button[type=submit]");
        await clerk.WaitForSelectorAsync(".status-done", new PageWaitForSelectorOptions { Timeout = 120_000 });
        var officer = await session.SignInAsync(ArchiveRoles.Officer);
        await officer.GotoAsync("/documents");
        await officer.ClickAsync("a:has-text('kitas-wang.pdf')");
        await officer.WaitForSelectorAsync("#field-name");

        // The page image is served and drawn under the boxes.
        await officer.WaitForFunctionAsync("() => { const img = document.querySelector('.page-image img'); return img && img.complete && img.naturalWidth > 0; }");
        Assert.True(await officer.Locator(".page-image svg rect").CountAsync() >= 5);
        await officer.FillAsync("#field-name input[name=value]", "Wang Lihua");
        await officer.ClickAsync("#field-name button[type=submit]");
        await officer.WaitForURLAsync("**#field-name");

        Assert.Equal("WANG LIHUA", await officer.InputValueAsync("#field-name input[name=value]"));
        Assert.Contains("WANG FANG", await officer.TextContentAsync("#field-name .corrected-by") ?? "", StringComparison.Ordinal);
        Assert.Contains("WANG LIHUA", await officer.TextContentAsync("table.persons") ?? "", StringComparison.Ordinal);
        for (var attempt = 0; ; attempt++)
        {
            await officer.GotoAsync("/search?q=lihua");
            if ((await officer.ContentAsync()).Contains("kitas-wang.pdf", StringComparison.Ordinal) || attempt == 60)
            {
                break;
            }

            await Task.Delay(500);
        }

        Assert.Contains("kitas-wang.pdf", await officer.ContentAsync(), StringComparison.Ordinal);
        Assert.Contains("WANG LIHUA", await officer.ContentAsync(), StringComparison.Ordinal);
    }
}
