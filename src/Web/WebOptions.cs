using System.ComponentModel.DataAnnotations;

namespace DocArchive.Web;

/// <summary>How the web host serves clerks and officers.</summary>
public sealed class WebOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "DocArchive:Web";

    /// <summary>The largest file an upload may carry, in bytes; a larger one is refused by name and the others taken in.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Rows per page in the documents list and hits per page in search.</summary>
    [Range(1, 200)]
    public int PageSize { get; set; } = 20;

    /// <summary>Fields read with a confidence below this (0 to 1) are listed in the review queue.</summary>
    [Range(0.0, 1.0)]
    public double ReviewConfidence { get; set; } = 0.8;

    /// <summary>A signed-in user who does nothing for this long is signed out.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "08:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A sign-in lasts at most this long, however active the user.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "24:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The office named on printed reports (<c>Badan Kesbangpol Provinsi Jambi</c>); unset, reports name none.</summary>
    [MaxLength(200)]
    public string? Office { get; set; }

    /// <summary>
    /// A PKCS#12 file (<c>.pfx</c>) whose certificate encrypts the keys in <c>keys/</c> at rest; unset, the keys are
    /// written unencrypted and only the folder's permissions (owner only) protect them.
    /// </summary>
    public string? KeyCertificate { get; set; }

    /// <summary>The password of <see cref="KeyCertificate"/>, if it has one.</summary>
    public string? KeyCertificatePassword { get; set; }

    /// <summary>
    /// The addresses of reverse proxies (e.g. nginx terminating HTTPS) whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> are believed; a proxy on the same machine (loopback) always is.
    /// </summary>
    public IList<string> TrustedProxies { get; } = [];
}
