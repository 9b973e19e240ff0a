using Microsoft.AspNetCore.Identity;

namespace DocArchive.Web.Setup;

/// <summary>What became of a request to create the first administrator; <see cref="Errors"/> say why a name or password was refused.</summary>
public sealed record FirstRunOutcome(FirstRunResult Result, IReadOnlyList<IdentityError> Errors)
{
    public static readonly FirstRunOutcome Created = new(FirstRunResult.Created, []);

    public static readonly FirstRunOutcome AlreadyDone = new(FirstRunResult.AlreadyDone, []);

    public static readonly FirstRunOutcome WrongCode = new(FirstRunResult.WrongCode, []);

    public static FirstRunOutcome Refused(IReadOnlyList<IdentityError> errors) => new(FirstRunResult.Refused, errors);
}
