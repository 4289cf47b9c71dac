using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>Refuses what must not be stamped (templates, signed packages) and notes what the caller should know.</summary>
internal static class StampPreconditions
{
    public static IReadOnlyList<string> Check(WordprocessingDocument package, StampOptions options)
    {
        var warnings = new List<string>();
        if (package.DocumentType is WordprocessingDocumentType.Template or WordprocessingDocumentType.MacroEnabledTemplate
            && !options.AllowTemplate)
        {
            throw new WordDocumentException(WordDocumentError.Template,
                "this is a Word template (.dotx/.dotm), not a document; open it in Word and save it as a document (.docx) first");
        }

        if (package.DigitalSignatureOriginPart is { } signatures)
        {
            if (!options.RemoveSignature)
            {
                throw new WordDocumentException(WordDocumentError.Signed,
                    "the document is digitally signed and stamping would break the signature; use --remove-signature to remove it and stamp");
            }

            package.DeletePart(signatures);
            warnings.Add("the digital signature was removed; sign the stamped document again if it needs one");
        }

        if (package.StrictRelationshipFound)
        {
            warnings.Add("Strict Open XML was converted to Transitional, the form Word saves by default");
        }

        if (package.MainDocumentPart?.DocumentSettingsPart?.Settings?.GetFirstChild<DocumentProtection>() is { } protection
            && protection.Enforcement is { } enforcement && IsOn(enforcement))
        {
            warnings.Add($"document protection ({protection.Edit?.InnerText ?? "unspecified"}) is in force; the stamp was added and protection left as it was");
        }

        return warnings;
    }

    private static bool IsOn(OnOffValue value) => !value.HasValue || value.Value;
}
