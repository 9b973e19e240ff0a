using DocArchive.Ingest.Register.Companies;
using DocArchive.Ingest.Register.Persons;
using DocArchive.Ingest.Register.Reconciliation;
using DocArchive.Ingest.Register.Watch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocArchive.Ingest.Register;

/// <summary>Registers the register's query services: persons (and merging them), companies, expiring permits and the reconciliation of the sources' counts.</summary>
internal static class RegisterHostExtensions
{
    public static IHostApplicationBuilder AddRegister(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<PersonDirectory>();
        builder.Services.AddScoped<PersonMerger>();
        builder.Services.AddScoped<CompanyDirectory>();
        builder.Services.AddScoped<ExpiryWatch>();
        builder.Services.AddScoped<ReconciliationRegister>();
        return builder;
    }
}
