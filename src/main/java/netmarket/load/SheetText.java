package netmarket.load;

/** What a sheet says outside its table: the rows above the header, the sheet's name, the file's name. */
record SheetText(String title, String sheetName, String fileName) {

    /** The file name without folders and extension. */
    String fileStem() {
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
