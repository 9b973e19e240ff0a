using DocArchive.Ingest.Corrections;
using DocArchive.Ingest.Model;
using DocArchive.Web.Localization;

namespace DocArchive.Web.Corrections;

/// <summary>Why a correction form's value was not saved, in the officer's language, and the status code it answers with.</summary>
public static class CorrectionRefusal
{
    public static string Message(UiText text, CorrectionOutcome outcome, string key, string value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(value);
        return outcome switch
        {
            CorrectionOutcome.InvalidValue when FieldKey.TryParse(key, out _) => text["correct.invalid", value.Trim(), text.FieldLabel(key)],
            CorrectionOutcome.Busy => text["correct.busy"],
            _ => text["correct.unknownfield"],
        };
    }

    public static int StatusCode(CorrectionOutcome outcome) =>
        outcome == CorrectionOutcome.Busy ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
}
