using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Reading;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DocArchive.Ingest.Catalog;

/// <summary>
/// Replaces the technical detail that failures were once recorded with (a parser's message, with its type names) by the
/// short reason of their code, as failures are recorded now: the detail belongs in the log, never before a user.
/// </summary>
internal static class FailureDetailScrub
{
    public static void Apply(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "Documents", "Pages" })
        {
            migrationBuilder.Sql(
                $"""UPDATE "{table}" SET "FailureCode" = '{ReadFailures.Unreadable}' WHERE "FailureReason" IS NOT NULL AND "FailureCode" IS NULL;""");
            foreach (var code in ReadFailures.All)
            {
                migrationBuilder.Sql(
                    $"""UPDATE "{table}" SET "FailureReason" = '{Quoted(ReadFailures.Describe(code))}' WHERE "FailureReason" IS NOT NULL AND "FailureCode" = '{code}';""");
            }
        }

        migrationBuilder.Sql(
            $"""UPDATE "Documents" SET "ExtractionFailure" = '{Quoted(ExtractionFailures.NotStored)}' WHERE "ExtractionFailure" LIKE 'The extracted fields could not be stored%';""");
        migrationBuilder.Sql(
            $"""UPDATE "Documents" SET "ExtractionFailure" = '{Quoted(ExtractionFailures.Failed)}' WHERE "ExtractionFailure" IS NOT NULL AND "ExtractionFailure" <> '{Quoted(ExtractionFailures.NotStored)}';""");
    }

    private static string Quoted(string text) => text.Replace("'", "''", StringComparison.Ordinal);
}
