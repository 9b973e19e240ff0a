using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Model;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DocArchive.Ingest.Corrections;

/// <summary>
/// Stores an officer's value for a field of a done document and applies it at once: the document's and its persons'
/// values are staged again with every correction (so the persons are linked again on the corrected values), and the
/// document goes to the index again. The machine's value stays in <see cref="ExtractedField"/>. The value already in
/// force is no correction: nothing is stored, except that a machine reading so saved is recorded confirmed.
/// </summary>
public sealed class FieldCorrector(CatalogDbContext db, IBackgroundJobClient jobs, TimeProvider time, ILogger<FieldCorrector> logger)
{
    public async Task<CorrectionResult> CorrectAsync(Guid documentId, string key, string value, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(userName);
        var stored = await LoadAsync(documentId, cancellationToken);
        if (stored is null)
        {
            return CorrectionResult.Refused(CorrectionOutcome.NotFound, $"There is no document {documentId}.");
        }

        if (stored.WithdrawnAt is not null)
        {
            return CorrectionResult.Refused(CorrectionOutcome.NotFound, $"The document {documentId} was withdrawn.");
        }

        if (stored.Status != DocumentStatus.Done || stored.LeaseOwner is not null || stored.ToRecord() is not { } record)
        {
            return CorrectionResult.Refused(
                CorrectionOutcome.Busy, "The document has no extracted fields yet: it can be corrected once it is read.");
        }

        if (!FieldKey.TryParse(key, out var field))
        {
            return CorrectionResult.Refused(CorrectionOutcome.UnknownField, $"'{CatalogText.Clip(key, 100)}' is not a field of the extraction record.");
        }

        if (field.Person is { } index && index >= record.Persons.Count && !record.Fields.ContainsKey(key))
        {
            return CorrectionResult.Refused(CorrectionOutcome.UnknownField, $"The document names no person {index + 1}.");
        }

        if (CorrectionRules.Normalise(field, value) is not { } normalised)
        {
            return CorrectionResult.Refused(CorrectionOutcome.InvalidValue, $"'{CatalogText.Clip(value.Trim(), 100)}' is not {Expected(field)}.");
        }

        var machineValue = record.Fields.TryGetValue(field.ToString(), out var machine) ? machine.Value : null;
        var previous = await db.FieldCorrections.AsNoTracking()
            .FirstOrDefaultAsync(c => c.DocumentId == documentId && c.Key == field.ToString(), cancellationToken);
        if (normalised == (previous?.Value ?? machineValue))
        {
            if (previous is null)
            {
                await ConfirmAsync(documentId, field.ToString(), normalised, userName, cancellationToken);
            }

            return new CorrectionResult(CorrectionOutcome.Unchanged);
        }

        var correction = new FieldCorrection
        {
            DocumentId = documentId,
            Key = field.ToString(),
            Value = normalised,
            MachineValue = machineValue,
            CorrectedBy = CatalogText.Clip(userName, FieldCorrection.UserMaxLength),
            CorrectedAt = time.GetUtcNow(),
        };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SaveAsync(correction, cancellationToken);
                break;
            }
            catch (DbUpdateException e) when (ExtractionWriter.IsLinkConflict(e) && attempt < IngestJob.MaxLinkAttempts)
            {
                Log.PersonLinkConflict(logger, documentId, attempt);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CorrectionResult.Refused(CorrectionOutcome.Busy, "The document is being read again: correct it once it is done.");
            }
        }

        Log.FieldCorrected(logger, documentId, correction.Key);
        jobs.Enqueue<IndexJob>(job => job.RunAsync(documentId, CancellationToken.None));
        return new CorrectionResult(CorrectionOutcome.Corrected, correction);
    }

    /// <summary>Records that the machine's reading of the field is right, replacing an earlier confirmation of it.</summary>
    private async Task ConfirmAsync(Guid documentId, string key, string value, string userName, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var confirmation = await db.FieldConfirmations.FirstOrDefaultAsync(c => c.DocumentId == documentId && c.Key == key, cancellationToken);
        if (confirmation is null)
        {
            confirmation = new FieldConfirmation { DocumentId = documentId, Key = key, Value = value, ConfirmedBy = "" };
            db.FieldConfirmations.Add(confirmation);
        }

        confirmation.Value = value;
        confirmation.ConfirmedBy = CatalogText.Clip(userName, FieldCorrection.UserMaxLength);
        confirmation.ConfirmedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another officer confirmed the field at the same moment: theirs stands.
        }

        db.ChangeTracker.Clear();
        Log.FieldConfirmed(logger, documentId, key);
    }

    /// <summary>
    /// In one transaction: the correction stored (replacing one of the same key), then the document's record staged again
    /// from the catalog with every correction, under the document's concurrency check: a reader that claimed the document
    /// meanwhile makes the save fail.
    /// </summary>
    private async Task SaveAsync(FieldCorrection correction, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteInTransactionAsync(
            async token =>
            {
                db.ChangeTracker.Clear();
                var previous = await db.FieldCorrections.FirstOrDefaultAsync(c => c.DocumentId == correction.DocumentId && c.Key == correction.Key, token);
                if (previous is null)
                {
                    db.FieldCorrections.Add(correction);
                }
                else
                {
                    db.Entry(previous).CurrentValues.SetValues(correction);
                }

                var stored = await LoadAsync(correction.DocumentId, token) ?? throw new DbUpdateConcurrencyException("The document is gone.");
                var record = stored.ToRecord() ?? throw new DbUpdateConcurrencyException("The document's extraction is gone.");

                // The document's employer took the earlier correction of the bare key: it is the machine's again, so
                // that the rules find it where they would in a fresh record.
                if (correction.Key == "employer" && previous is not null && record.Employer == previous.Value)
                {
                    record = record with { Employer = record.Fields.TryGetValue("employer", out var read) ? read.Value : null };
                }

                await db.SaveChangesAsync(token);
                var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == correction.DocumentId && d.LeaseOwner == null, token)
                    ?? throw new DbUpdateConcurrencyException("A reader claimed the document.");
                await ExtractionWriter.StageAsync(db, document, record, token);
                document.UpdatedAt = correction.CorrectedAt;
                await db.SaveChangesAsync(token);
            },
            async token => await db.FieldCorrections.AsNoTracking()
                .AnyAsync(c => c.DocumentId == correction.DocumentId && c.Key == correction.Key && c.CorrectedAt == correction.CorrectedAt, token),
            cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>The document with everything its record is made of, untracked.</summary>
    private Task<Document?> LoadAsync(Guid documentId, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking()
            .Include(d => d.Fields)
            .Include(d => d.Conflicts)
            .Include(d => d.MrzFailures)
            .Include(d => d.Persons)
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);

    private static string Expected(FieldKey field) => field.Field switch
    {
        _ when field.IsDate => "a date (31-12-2025, 31 Desember 2025, 2025-12-31)",
        "passportNumber" => "a passport number (6 to 9 letters and digits)",
        "nationality" => "a country (a name in Indonesian or English, or its ISO code)",
        "permitNumber" => "a permit number (at least 5 characters with a digit)",
        "documentNumber" => "a document number (with a digit)",
        "employer" => "a company name",
        _ => "a value of this field",
    };
}
