using System.Globalization;

namespace M365PolicyControl.Word;

/// <summary>How a document is stamped.</summary>
public sealed record StampOptions
{
    /// <summary>The default options: dates in en-US, signed documents and templates refused.</summary>
    public static StampOptions Default { get; } = new();

    /// <summary>Culture of the dates shown in the document (properties always hold ISO 8601). Default en-US.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Remove an existing digital signature instead of refusing a signed document.</summary>
    public bool RemoveSignature { get; init; }

    /// <summary>Stamp templates (.dotx/.dotm) too; they keep their template content type.</summary>
    public bool AllowTemplate { get; init; }

    /// <summary>Clock for M365PC_StampedAt.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
