using System.Net;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DocArchive.Ingest.Accounts;
using DocArchive.Web.Accounts;
using DocArchive.Web.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Tests.Security;

public sealed class KeyCertificateTests
{
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Keys_AreEncryptedAtRestAndReadableOnlyByTheOwner_WhenACertificateIsConfigured()
    {
        var certificate = Path.Combine(Directory.CreateTempSubdirectory("docarchive-cert-").FullName, "keys.pfx");
        await File.WriteAllBytesAsync(certificate, SelfSigned("kunci rahasia"));
        await using var app = new DocArchiveApplication(settings: new Dictionary<string, string>
        {
            ["DocArchive:Web:KeyCertificate"] = certificate,
            ["DocArchive:Web:KeyCertificatePassword"] = "kunci rahasia",
        });

        using var officer = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        using var watch = await officer.GetAsync(new Uri("/watch", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, watch.StatusCode);
        var folder = Path.Combine(app.DataDir, AccountsHostExtensions.KeysFolder);
        var key = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(folder, "key-*.xml")));
        Assert.Contains("<encryptedSecret", key, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
    }

    [Fact]
    public async Task Build_FailsWithOneLineSayingWhat_WhenTheCertificateCannotBeRead()
    {
        var certificate = Path.Combine(Directory.CreateTempSubdirectory("docarchive-cert-").FullName, "keys.pfx");
        await File.WriteAllBytesAsync(certificate, SelfSigned("kunci rahasia"));
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DocArchive:Web:KeyCertificate"] = certificate,
            ["DocArchive:Web:KeyCertificatePassword"] = "bukan kata sandinya",
        });
        builder.AddWeb();

        var failure = Assert.Throws<OptionsValidationException>(builder.Build);

        Assert.Equal(
            "configuration: Web:KeyCertificate must be a readable PKCS#12 file with a private key (and its Web:KeyCertificatePassword).",
            ConfigurationError.Describe(failure));
    }

    private static byte[] SelfSigned(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=DocArchive keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
        return certificate.Export(X509ContentType.Pkcs12, password);
    }
}
