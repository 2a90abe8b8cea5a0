// Stand-in for the ESM-only office-addin-manifest under jest: office-addin-mock needs only this enum.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    Project: "project",
    PowerPoint: "powerpoint",
    Word: "word",
  },
};
