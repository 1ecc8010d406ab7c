import type { zh } from './zh';

export const en: typeof zh = {
  nav: {
    orgs: 'Organizations',
  },
  orgs: {
    treeTitle: 'Organization tree',
    details: 'Organization details',
    selectHint: 'Select an organization on the left',
    name: 'Name',
    shortName: 'Short name',
    level: 'Level',
    regionCode: 'Region code',
    path: 'Hierarchy',
    parent: 'Parent organization',
    delegations: 'Delegated enforcement',
    delegatingOrg: 'Delegating authority',
    delegateOrg: 'Delegate organization',
    fineCeiling: 'Fine ceiling',
    validity: 'Valid period',
    legalBasis: 'Legal basis',
    people: 'People in this organization',
    add: 'Add sub-organization',
    created: 'Organization created',
    nameRequired: 'Enter the organization name',
    shortNameRequired: 'Enter the short name',
    levelRequired: 'Select a level',
    regionCodeRequired: 'Enter the region code',
    regionCodeInvalid: 'The region code must be 6 to 12 digits',
    empty: 'No organizations visible',
  },
};
