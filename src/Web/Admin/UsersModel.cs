using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Web.Accounts;
using DocArchive.Web.Audit;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Admin;

/// <summary>The admin's user list: create users, set their roles, unlock, disable or enable them, give them a new password.</summary>
public sealed class UsersModel(UserManager<ArchiveUser> users, ArchiveAccounts accounts, AuditLog audit, UiText text, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The strings-table key of what was just done.</summary>
    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string userName, string password, string[] roles, CancellationToken cancellationToken)
    {
        Errors = text.AccountErrors(await accounts.CreateAsync(userName, password, roles), userName);
        return await AnswerAsync(userName, AuditAction.UserCreated, "users.done.created", cancellationToken);
    }

    public async Task<IActionResult> OnPostRolesAsync(string userId, string[] roles, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound();
        }

        Errors = text.AccountErrors(await accounts.SetRolesAsync(user, roles), user.UserName);
        return await AnswerAsync($"{user.UserName}: {string.Join(",", roles)}", AuditAction.UserChanged, "users.done.saved", cancellationToken);
    }

    public async Task<IActionResult> OnPostUnlockAsync(string userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound();
        }

        await accounts.UnlockAsync(user);
        return await AnswerAsync($"{user.UserName}: unlocked", AuditAction.UserChanged, "users.done.saved", cancellationToken);
    }

    /// <summary>Disables a user: they can no longer sign in, and their session ends within a minute (a new security stamp).</summary>
    public async Task<IActionResult> OnPostDisableAsync(string userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            Errors = [text["users.error.self"]];
        }
        else if (user.DisabledAt is null)
        {
            user.DisabledAt = clock.GetUtcNow();
            Errors = text.AccountErrors([.. (await users.UpdateAsync(user)).Errors], user.UserName);
            await users.UpdateSecurityStampAsync(user);
        }

        return await AnswerAsync($"{user.UserName}: disabled", AuditAction.UserChanged, "users.done.disabled", cancellationToken);
    }

    public async Task<IActionResult> OnPostEnableAsync(string userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound();
        }

        user.DisabledAt = null;
        Errors = text.AccountErrors([.. (await users.UpdateAsync(user)).Errors], user.UserName);
        return await AnswerAsync($"{user.UserName}: enabled", AuditAction.UserChanged, "users.done.enabled", cancellationToken);
    }

    /// <summary>Ends every session of the user (a lost or shared PC): their cookies are refused from the next request.</summary>
    public async Task<IActionResult> OnPostEndSessionsAsync(string userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound();
        }

        Errors = text.AccountErrors([.. (await users.UpdateSecurityStampAsync(user)).Errors], user.UserName);
        return await AnswerAsync($"{user.UserName}: sessions ended", AuditAction.UserChanged, "users.done.sessionsended", cancellationToken);
    }

    public async Task<IActionResult> OnPostPasswordAsync(string userId, string password, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound();
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        Errors = text.AccountErrors([.. reset.Errors], user.UserName);
        return await AnswerAsync($"{user.UserName}: new password", AuditAction.UserChanged, "users.done.saved", cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync(string target, AuditAction action, string done, CancellationToken cancellationToken)
    {
        if (Errors.Count == 0)
        {
            await audit.AppendAsync(HttpContext, action, target, cancellationToken);
            Done = done;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = new List<UserRow>(all.Count);
        foreach (var user in all)
        {
            var locked = user.LockoutEnd is { } end && end > now ? end : (DateTimeOffset?)null;
            rows.Add(new UserRow(user.Id, user.UserName ?? "", [.. await users.GetRolesAsync(user)], user.CreatedAt, locked, user.DisabledAt));
        }

        Users = rows;
    }
}
