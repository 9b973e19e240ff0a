using DocArchive.Ingest.Reading;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DocArchive.Ingest.Catalog;

/// <summary>
/// Gives the failures recorded before <see cref="ReadFailures"/> existed their code, from the technical detail they were
/// recorded with, so that they too are shown in the user's language. A detail no pattern knows keeps no code.
/// </summary>
internal static class ReadFailureBackfill
{
    /// <summary>Each code with the detail patterns (SQL <c>LIKE</c>) it was written as; the first that matches wins.</summary>
    private static readonly (string Code, string Pattern)[] Patterns =
    [
        (ReadFailures.GaveUp, "Reading failed % times%"),
        (ReadFailures.Empty, "The file is empty%"),
        (ReadFailures.UnknownKind, "The file is not a PDF, TIFF, PNG or JPEG%"),
        (ReadFailures.UnsupportedVariant, "The file was given as %"),
        (ReadFailures.UnsupportedVariant, "%is not a classic TIFF%"),
        (ReadFailures.Encrypted, "The PDF is encrypted%"),
        (ReadFailures.TooLarge, "%pixels, above the limit of%"),
        (ReadFailures.RenderFailed, "%cannot be rendered%"),
        (ReadFailures.RenderFailed, "%could not be started.%"),
        (ReadFailures.NoPages, "%has no pages%"),
        (ReadFailures.NoPages, "%holds no page%"),
        (ReadFailures.NoPages, "%does not exist.%"),
        (ReadFailures.Corrupt, "%corrupt%"),
        (ReadFailures.Corrupt, "%truncated%"),
        (ReadFailures.Corrupt, "%without a valid size%"),
        (ReadFailures.Timeout, "%did not answer within%"),
        (ReadFailures.OcrFailed, "%answered without text%"),
        (ReadFailures.WorkerLost, "%could not be read after%"),
    ];

    public static void Apply(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "Documents", "Pages" })
        {
            foreach (var (code, pattern) in Patterns)
            {
                migrationBuilder.Sql(
                    $"""UPDATE "{table}" SET "FailureCode" = '{code}' WHERE "FailureCode" IS NULL AND "FailureReason" LIKE '{pattern}';""");
            }
        }
    }
}
