using DocArchive.Web.Accounts;
using Microsoft.AspNetCore.Identity;

namespace DocArchive.Web.Localization;

/// <summary>Why an account could not be created or changed, in the interface's language (the admin page, the first-run page).</summary>
public static class AccountErrorText
{
    public static List<string> AccountErrors(this UiText text, IReadOnlyList<IdentityError> errors, string? userName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        return [.. errors.Select(e => e.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordTooShort) => text["users.error.passwordtooshort", ArchiveIdentity.MinPasswordLength],
            nameof(IdentityErrorDescriber.DuplicateUserName) => text["users.error.duplicate", userName],
            nameof(IdentityErrorDescriber.InvalidUserName) => text["users.error.invalidname", userName],
            ArchiveAccounts.UnknownRole => text["users.error.unknownrole"],
            _ => text["users.error.other"],
        })];
    }
}
