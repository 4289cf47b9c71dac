using System.Globalization;
using System.Text;

namespace M365PolicyControl.LocalTenant.Http;

/// <summary>SharePoint's skip token: base64 of <c>Paged=TRUE&amp;p_ID={last id}</c>.</summary>
internal static class SkipToken
{
    public static string Encode(int lastId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("Paged=TRUE&p_ID=" + lastId.ToString(CultureInfo.InvariantCulture)));

    public static int Decode(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            return int.Parse(text[(text.LastIndexOf('=') + 1)..], CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            throw GraphException.BadRequest("The skip token is invalid.");
        }
    }
}
