namespace DocArchive.Web.Localization;

/// <summary>The names of a machine-readable zone's check digits in the interface's language.</summary>
public static class MrzCheckText
{
    /// <summary>The check digit named by the MRZ layout (<c>dateOfBirth</c>, <c>composite</c>...); a name not known as it is.</summary>
    public static string MrzCheck(this UiText text, string check)
    {
        ArgumentNullException.ThrowIfNull(text);
        return check switch
        {
            "documentNumber" or "dateOfBirth" or "expiry" or "optional" or "composite" => text[$"mrzcheck.{check}"],
            _ => check,
        };
    }
}
