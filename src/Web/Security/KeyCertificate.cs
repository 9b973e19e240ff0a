using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DocArchive.Web.Security;

/// <summary>The certificate that encrypts the data-protection keys at rest (<see cref="WebOptions.KeyCertificate"/>).</summary>
public static class KeyCertificate
{
    /// <summary>The configured certificate, or null when none is configured or it cannot be read (see <see cref="Problem"/>).</summary>
    public static X509Certificate2? Load(WebOptions web)
    {
        ArgumentNullException.ThrowIfNull(web);
        return Read(web, out _);
    }

    /// <summary>Why the configured certificate cannot be used, or null when it can (or none is configured).</summary>
    public static string? Problem(WebOptions web)
    {
        ArgumentNullException.ThrowIfNull(web);
        using var certificate = Read(web, out var problem);
        return problem;
    }

    private static X509Certificate2? Read(WebOptions web, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(web.KeyCertificate))
        {
            return null;
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(web.KeyCertificate, web.KeyCertificatePassword);
            if (certificate.HasPrivateKey)
            {
                return certificate;
            }

            certificate.Dispose();
            problem = "it has no private key";
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            problem = e.Message;
        }

        return null;
    }
}
