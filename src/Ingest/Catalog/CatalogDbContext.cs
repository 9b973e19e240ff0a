using System.Text.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DocArchive.Ingest.Catalog;

/// <summary>
/// The catalog: the source of truth for documents, their pages and extracted fields, the persons they name, the users
/// and the audit log. This type carries the
/// SQLite migrations; <see cref="PostgresCatalogDbContext"/> the same model with PostgreSQL's.
/// </summary>
public class CatalogDbContext(DbContextOptions options) : IdentityDbContext<ArchiveUser>(options)
{
    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentPage> Pages => Set<DocumentPage>();

    public DbSet<ExtractedField> ExtractedFields => Set<ExtractedField>();

    public DbSet<ExtractedConflict> ExtractedConflicts => Set<ExtractedConflict>();

    public DbSet<FieldCorrection> FieldCorrections => Set<FieldCorrection>();

    public DbSet<FieldConfirmation> FieldConfirmations => Set<FieldConfirmation>();

    public DbSet<MrzCheckFailure> MrzCheckFailures => Set<MrzCheckFailure>();

    public DbSet<Person> Persons => Set<Person>();

    public DbSet<PersonDocument> PersonDocuments => Set<PersonDocument>();

    public DbSet<PersonDecision> PersonDecisions => Set<PersonDecision>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DocumentStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PageTextSource>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PersonDecisionKind>().HaveConversion<string>().HaveMaxLength(16);
        if (Database.IsSqlite())
        {
            // SQLite has no date type: stored as sortable ticks so that lists can be ordered by time.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new ArchiveUserConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.Entity<Document>(document =>
        {
            document.HasKey(d => d.Id);
            document.HasIndex(d => d.Sha256).IsUnique();
            document.HasIndex(d => d.Status);
            document.HasIndex(d => d.UploadedAt);
            document.HasIndex(d => new { d.UploadedBy, d.UploadedAt });
            document.Property(d => d.Sha256).HasMaxLength(64);
            document.Property(d => d.OriginalName).HasMaxLength(OriginalFileName.MaxLength);
            document.Property(d => d.ContentType).HasMaxLength(100);
            document.Property(d => d.UploadedBy).HasMaxLength(100);
            document.Property(d => d.FailureReason).HasMaxLength(2000);
            document.Property(d => d.FailureCode).HasMaxLength(ReadFailures.MaxLength);
            document.Property(d => d.LeaseOwner).HasMaxLength(Document.LeaseOwnerMaxLength).IsConcurrencyToken();
            document.Property(d => d.DocumentType).HasMaxLength(16);
            document.Property(d => d.DocumentNumber).HasMaxLength(Document.DocumentNumberMaxLength);
            document.Property(d => d.Employer).HasMaxLength(Document.EmployerMaxLength);
            document.Property(d => d.EmployerKey).HasMaxLength(Document.EmployerMaxLength);
            document.Property(d => d.Location).HasMaxLength(Document.LocationMaxLength);
            document.Property(d => d.ExtractionFailure).HasMaxLength(Document.ReasonMaxLength);
            document.Property(d => d.WithdrawnBy).HasMaxLength(Document.WithdrawnByMaxLength);
            document.Property(d => d.WithdrawnReason).HasMaxLength(Document.ReasonMaxLength);
            document.HasIndex(d => d.DocumentType);
            document.HasIndex(d => d.EmployerKey);
            document.HasMany(d => d.Pages).WithOne().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
            document.HasMany(d => d.Fields).WithOne().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
            document.HasMany(d => d.Conflicts).WithOne().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
            document.HasMany(d => d.Persons).WithOne(l => l.Document).HasForeignKey(l => l.DocumentId).OnDelete(DeleteBehavior.Cascade);
            document.HasMany(d => d.Corrections).WithOne().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
            document.HasMany<FieldConfirmation>().WithOne().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
            document.HasMany(d => d.MrzFailures).WithOne().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<FieldCorrection>(correction =>
        {
            correction.HasKey(c => new { c.DocumentId, c.Key });
            correction.HasIndex(c => c.CorrectedAt);
            correction.Property(c => c.Key).HasMaxLength(ExtractedField.KeyMaxLength);
            correction.Property(c => c.Value).HasMaxLength(ExtractedField.ValueMaxLength);
            correction.Property(c => c.MachineValue).HasMaxLength(ExtractedField.ValueMaxLength);
            correction.Property(c => c.CorrectedBy).HasMaxLength(FieldCorrection.UserMaxLength);
        });
        modelBuilder.Entity<FieldConfirmation>(confirmation =>
        {
            confirmation.HasKey(c => new { c.DocumentId, c.Key });
            confirmation.Property(c => c.Key).HasMaxLength(ExtractedField.KeyMaxLength);
            confirmation.Property(c => c.Value).HasMaxLength(ExtractedField.ValueMaxLength);
            confirmation.Property(c => c.ConfirmedBy).HasMaxLength(FieldCorrection.UserMaxLength);
        });
        modelBuilder.Entity<MrzCheckFailure>(failure =>
        {
            failure.HasKey(f => f.Id);
            failure.HasIndex(f => f.DocumentId);
            failure.Property(f => f.Check).HasMaxLength(16);
            failure.Property(f => f.Key).HasMaxLength(ExtractedField.KeyMaxLength);
            failure.Property(f => f.Zone).HasMaxLength(MrzCheckFailure.ZoneMaxLength);
        });
        modelBuilder.Entity<ExtractedField>(field =>
        {
            field.HasKey(f => new { f.DocumentId, f.Key });
            field.HasIndex(f => f.Confidence);
            field.Property(f => f.Key).HasMaxLength(ExtractedField.KeyMaxLength);
            field.Property(f => f.Value).HasMaxLength(ExtractedField.ValueMaxLength);
            field.Property(f => f.Source).HasMaxLength(16);
        });
        modelBuilder.Entity<ExtractedConflict>(conflict =>
        {
            conflict.HasKey(c => c.Id);
            conflict.HasIndex(c => c.DocumentId);
            conflict.Property(c => c.Key).HasMaxLength(ExtractedField.KeyMaxLength);
            conflict.Property(c => c.Kept).HasMaxLength(ExtractedField.ValueMaxLength);
            conflict.Property(c => c.Other).HasMaxLength(ExtractedField.ValueMaxLength);
            conflict.Property(c => c.KeptSource).HasMaxLength(16);
            conflict.Property(c => c.OtherSource).HasMaxLength(16);
        });
        modelBuilder.Entity<Person>(person =>
        {
            person.HasKey(p => p.Id);
            person.Property(p => p.Name).HasMaxLength(Person.NameMaxLength);
            person.Property(p => p.Nationality).HasMaxLength(Person.NationalityMaxLength);

            // One person per passport number, also when two workers link documents of the same person at once: the
            // second insert fails and its linking runs again. A concurrency token, so that two documents cannot give
            // one passport-less person two different numbers.
            person.Property(p => p.PassportNumber).HasMaxLength(Person.PassportNumberMaxLength).IsConcurrencyToken();
            person.HasIndex(p => p.PassportNumber).IsUnique();
            person.HasIndex(p => new { p.Name, p.Nationality, p.DateOfBirth });

            // Likewise one passport-less person per exact name, nationality and date of birth (nulls never match).
            person.HasIndex(p => new { p.Name, p.Nationality, p.DateOfBirth }, "IX_Persons_Identity_WithoutPassport")
                .IsUnique()
                .HasFilter("\"PassportNumber\" IS NULL");
            person.HasMany(p => p.Documents).WithOne(l => l.Person).HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
            person.HasOne<Person>().WithMany().HasForeignKey(p => p.MergedIntoId).OnDelete(DeleteBehavior.SetNull);
        });
        modelBuilder.Entity<PersonDecision>(decision =>
        {
            decision.HasKey(d => d.Id);
            decision.HasIndex(d => d.PersonId);
            decision.HasIndex(d => d.OtherPersonId);
            decision.Property(d => d.DecidedBy).HasMaxLength(FieldCorrection.UserMaxLength);
            decision.Property(d => d.UndoneBy).HasMaxLength(FieldCorrection.UserMaxLength);
            decision.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
            decision.HasOne<Person>().WithMany().HasForeignKey(d => d.OtherPersonId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PersonDocument>(link =>
        {
            link.HasKey(l => new { l.DocumentId, l.Index });
            link.HasIndex(l => l.PersonId);
            link.HasIndex(l => l.MatchedPersonId);
            link.HasOne<Person>().WithMany().HasForeignKey(l => l.MatchedPersonId).OnDelete(DeleteBehavior.Restrict);
            link.HasIndex(l => l.EmployerKey);
            link.HasIndex(l => l.ExpiryDate);
            link.Property(l => l.Name).HasMaxLength(Person.NameMaxLength);
            link.Property(l => l.PassportNumber).HasMaxLength(Person.PassportNumberMaxLength);
            link.Property(l => l.Nationality).HasMaxLength(Person.NationalityMaxLength);
            link.Property(l => l.Employer).HasMaxLength(Document.EmployerMaxLength);
            link.Property(l => l.EmployerKey).HasMaxLength(Document.EmployerMaxLength);
            link.Property(l => l.Position).HasMaxLength(PersonDocument.PositionMaxLength);
            link.Property(l => l.PermitNumber).HasMaxLength(PersonDocument.PermitNumberMaxLength);
        });
        modelBuilder.Entity<DocumentPage>(page =>
        {
            page.HasKey(p => new { p.DocumentId, p.Number });
            page.Property(p => p.FailureReason).HasMaxLength(2000);
            page.Property(p => p.FailureCode).HasMaxLength(ReadFailures.MaxLength);
            page.Property(p => p.Words).HasConversion(
                words => JsonSerializer.Serialize(words, JsonSerializerOptions.Web),
                json => JsonSerializer.Deserialize<List<PageWord>>(json, JsonSerializerOptions.Web) ?? new List<PageWord>(),
                new ValueComparer<IReadOnlyList<PageWord>>(
                    (left, right) => ReferenceEquals(left, right) || (left != null && right != null && left.SequenceEqual(right)),
                    words => words.Aggregate(0, (hash, word) => HashCode.Combine(hash, word.GetHashCode())),
                    words => words.ToList()));
        });
    }
}
