namespace DocArchive.Fixtures;

/// <summary>The active content a <see cref="FixtureActivePdf"/> carries, each as offices receive it.</summary>
public enum FixtureActiveContent
{
    None,

    /// <summary>The catalog's <c>/OpenAction</c> runs JavaScript when the file is opened.</summary>
    OpenActionJavaScript,

    /// <summary>A document-level script in the <c>/Names /JavaScript</c> tree, its code in a stream.</summary>
    NamedJavaScript,

    /// <summary>A page's open action running JavaScript, its names written with escapes (<c>/J#61vaScript</c>, <c>/J#53</c>).</summary>
    EscapedJavaScript,

    /// <summary>A link annotation whose action launches a program.</summary>
    Launch,

    /// <summary>A file in the <c>/Names /EmbeddedFiles</c> tree.</summary>
    EmbeddedFile,

    /// <summary>A file attachment annotation on the page.</summary>
    FileAttachment,
}
