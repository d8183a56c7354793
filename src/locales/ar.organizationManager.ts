/** OrganizationManager's strings in Arabic. Arabic has six plural forms; the format picks the one for each count. */
import type { OrganizationManagerMessages } from '../components/OrganizationManager/messages.js';
import { createRosterFormat, type RosterFormat } from '../react/messages.js';

const ar = createRosterFormat('ar');
const members = (count: number, f: RosterFormat) =>
  f.plural(count, { zero: 'لا أعضاء', one: 'عضو واحد', two: 'عضوان', few: `${f.number(count)} أعضاء`, many: `${f.number(count)} عضوًا`, other: `${f.number(count)} عضو` });
const organizations = (count: number, f: RosterFormat) =>
  f.plural(count, { zero: 'لا مؤسسات', one: 'مؤسسة واحدة', two: 'مؤسستان', few: `${f.number(count)} مؤسسات`, many: `${f.number(count)} مؤسسة`, other: `${f.number(count)} مؤسسة` });

export const arOrganizationManagerMessages: OrganizationManagerMessages = {
  label: 'المؤسسات',
  searchLabel: 'البحث في المؤسسات',
  searchPlaceholder: 'اسم المؤسسة',
  create: 'إنشاء مؤسسة',
  count: (count, f = ar) => organizations(count, f),
  updating: 'جارٍ التحديث…',
  empty: 'لا توجد مؤسسات بعد.',
  noMatch: 'لا توجد مؤسسات مطابقة.',
  domainsOf: (organization) => `نطاقات ${organization}`,
  memberCount: (count, f = ar) => members(count, f),
  saving: 'جارٍ الحفظ…',
  members: 'الأعضاء',
  membersOf: (organization) => `الأعضاء في ${organization}`,
  edit: 'تعديل',
  editOrganization: (organization) => `تعديل ${organization}`,
  delete: 'حذف',
  deleteOrganization: (organization) => `حذف ${organization}`,
  paginationLabel: 'صفحات المؤسسات',
  page: (page, f = ar) => `الصفحة ${f.number(page)}`,
  pageOf: (page, pages, f = ar) => `الصفحة ${f.number(page)} من ${f.number(pages)}`,
  previousPage: 'السابق',
  nextPage: 'التالي',

  createDescription: 'سمِّ المؤسسة، وأضف إن شئت نطاقات البريد الإلكتروني التابعة لها.',
  editTitle: (organization) => `تعديل ${organization}`,
  editDescription: 'غيّر الاسم أو نطاقات البريد الإلكتروني.',
  nameLabel: 'الاسم',
  domainsLabel: 'نطاقات البريد الإلكتروني',
  domainsHint: 'نطاق في كل سطر، مثل example.com.',
  save: 'حفظ التغييرات',
  nameRequired: 'أدخل اسمًا.',
  nameTaken: 'توجد مؤسسة بهذا الاسم بالفعل.',
  nameRejected: 'لا يمكن استخدام هذا الاسم.',
  invalidDomains: (domains, f = ar) => `${f.plural(domains.length, { one: 'ليس نطاقًا صالحًا', other: 'ليست نطاقات صالحة' })}: ${f.list(domains)}. أدخل نطاقات مثل example.com، بلا @ ولا https://.`,
  domainsRejected: 'لا يمكن استخدام هذه النطاقات. أدخل نطاقات مثل example.com، بلا @ ولا https://.',
  discardTitle: 'تجاهل التغييرات؟',
  discardDescription: 'لم يُحفظ ما كتبته بعد.',
  discardChanges: 'تجاهل التغييرات',
  keepEditing: 'متابعة التعديل',
  created: (organization) => `أُنشئت ${organization}.`,
  saved: (organization) => `حُفظت ${organization}.`,
  notSaved: (organization) => `لم تُحفظ ${organization}.`,

  deleteTitle: (organization) => `حذف ${organization}؟`,
  deleteDescription: (count, f = ar) =>
    count === 0
      ? 'لا أعضاء فيها. تُحذف أدوارها معها.'
      : `${count === null ? 'يفقد أعضاؤها' : `يفقد أعضاؤها (${members(count, f)})`} العضوية والأدوار التي يحملونها فيها، وتبقى حساباتهم. لا يمكن التراجع عن ذلك.`,
  typeToConfirm: (organization) => `اكتب «${organization}» للتأكيد`,
  deleteConfirm: 'حذف المؤسسة',
  deleted: (organization, count, f = ar) => (count ? `حُذفت ${organization}. احتفظ أعضاؤها (${members(count, f)}) بحساباتهم.` : `حُذفت ${organization}.`),
  alreadyDeleted: (organization) => `${organization} لم تعد موجودة؛ حذفها شخص آخر.`,

  membersHeading: (organization) => `الأعضاء في ${organization}`,
  back: 'العودة إلى المؤسسات',
  dismiss: 'إغلاق',
};
