/** What the manifest schemas and Office require, as data the checks read. */
import type { ResourceKind } from "./messages";

export const NS_OFFICEAPP = "http://schemas.microsoft.com/office/appforoffice/1.1";
/** The custom functions' namespace: every formula says BDG.… */
export const EXPECTED_NAMESPACE = "BDG";

/** Child order required by the schema (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd). */
export const SEQUENCES: Record<string, readonly string[]> = {
  OfficeApp: ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "Dictionary", "VersionOverrides", "Signature"],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins", "VersionOverrides"],
  "Host:Workbook": ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  "ExtensionPoint:CustomFunctions": ["Script", "Page", "Metadata", "Namespace"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  "Control:Button": ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  "Action:ShowTaskpane": ["TaskpaneId", "SourceLocation", "Title"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

/** Which kind of resource each referring element needs. */
export const RESID_KIND: Record<string, ResourceKind> = { Image: "image", SourceLocation: "url", Runtime: "url", FunctionFile: "url", LearnMoreUrl: "url", Label: "short", Title: "short", Namespace: "short", Description: "long" };
export const RESOURCE_GROUPS: Record<string, ResourceKind> = { Images: "image", Urls: "url", ShortStrings: "short", LongStrings: "long" };
/** Longest short and long strings, in characters. */
export const MAX_LENGTH = { short: 125, long: 250 };
export const MAX_RESID_LENGTH = 32;
/** An icon heavier than this slows the ribbon down: a warning. */
export const MAX_ICON_BYTES = 100 * 1024;

export const GUID = /^(?:urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$|^\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}$/;
export const VERSION = /^[0-9]{1,5}\.[0-9]{1,5}\.[0-9]{1,5}\.[0-9]{1,5}$/;
export const CULTURE = /^(?:[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(?:-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(?:-[a-zA-Z]{2,3}(?:_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/;
