<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>BackupController</name>
    <message>
        <source>Backing up the catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the catalogue from the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue was not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <source>Catalogue Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasketDock</name>
    <message>
        <source>Briefing Basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the basket as a briefing pack (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the basket as a briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the basket as a briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the basket as a briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: add stories with Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancellableProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>Active filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{facet}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter {facet}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>UN agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intergovernmental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>River</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Partners and Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Filter by name or alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to see its stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories of the chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories naming {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories naming {name}:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A file could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside StoryDesk; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StoryDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportedNotice</name>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exported pack in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the export message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing pack saved: {path} ({counts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}  ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{value}: %Ln stories. Click to show only these.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}, %Ln stories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>&lt;h2&gt;Welcome to StoryDesk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is empty. Import story bundles, folders or files (or drop them on this window), or start with the sample stories that come with StoryDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the Sample Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the sample stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation has no sample bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: {credit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>The import did not finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… nothing from this import will be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {number} of {count}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. The catalogue is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new stories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the catalogue, unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Files not imported and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story &apos;{story}&apos;: image {image} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would replace most of the text of story {id}; the catalogue kept its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts: the catalogue kept its stories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files or rows skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Opening the catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the search index: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StoryDesk could not open the catalogue in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StoryDesk — {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue was backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stories (Ctrl+F): words, &quot;a phrase&quot;, partner:UNDP, year:2024…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to search: phrases, OR, filters (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;Sample Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Briefing Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view of Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Source &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;Basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners and Places…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About StoryDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing &amp;Basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is still running. Cancel it and quit? Nothing from the unfinished import will be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean {query}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STORYDESK_LANG environment variable is set to {value}; it takes precedence over this choice. StoryDesk will speak {language} once it is started without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface will change to {language} when StoryDesk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partners</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stories and bundles ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A briefing pack is being made; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln stories to the basket</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import or backup to finish before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln stories from the backup; the previous catalogue is kept in {folder}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About StoryDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StoryDesk {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline catalogue of development stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Story Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story bundles (*.storybundle *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation has no sample bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Writing the briefing pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing pack was not made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Print Preview of Briefing Pack</source>
        <extracomment>A pack from search results takes at most this many stories (the first, in the order shown); a pack is read on paper, and 200 stories are already some 500 pages. The runner lane exports run on: one thread of its own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Briefing Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office or occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. UNDP Kyrgyzstan · Visit to Issyk-Kul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a date on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for the cover. A blank line starts a new paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include each story&apos;s lead photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the pack&apos;s headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings such as Contents and Key figures; stories are not translated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office or occasion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hotos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headin&amp;gs in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, to print or attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML, one file to read on a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no stories to put in a pack: add some to the basket (Ctrl+B) or search for them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories in the bas&amp;ket, in its order</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first {count} of the %Ln stories of the current &amp;results</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories of the current &amp;results, in their order</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder; add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Briefing Pack As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no stories to put in a pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackProgressDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing pack progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… nothing will be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing story {number} of {count}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing story {number} of {count}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>The briefing pack could not be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>No story selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this story to the briefing basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Source Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the story&apos;s source link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a story in the list to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story could not be shown. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source link copied: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the catalogue. The current catalogue is not deleted: it is kept aside in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made with Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a change to many stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before upgrading the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>No stories match. Try other words, or remove a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln stories, newest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This search cannot be run: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories still being indexed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHelpDialog</name>
    <message>
        <source>Search Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search help is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryBrowser</name>
    <message>
        <source>Copy Link Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryListModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(click to copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images not stored in this catalogue: {images}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: {credit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
