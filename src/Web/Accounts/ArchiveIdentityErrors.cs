using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Identity;

namespace DocArchive.Web.Accounts;

/// <summary>Identity's refusals of a user name or password in the language of the person who typed them.</summary>
public sealed class ArchiveIdentityErrors(UiText text) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), text["identity.default"]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), text["identity.duplicate", userName]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), text["identity.invalidname", userName ?? ""]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), text["identity.short", length]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
